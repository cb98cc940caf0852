package org.maple.identity.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.maple.identity.control.PasswordHasher;
import org.maple.identity.control.PersonRepository;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Team;
import org.maple.platform.config.MapleConfig;
import org.maple.platform.persistence.ClusterLock;

/**
 * At start: on an empty database, creates the demo organisation (embedded database, or
 * {@code MAPLE_DEMO=true}) and the first admin from {@code MAPLE_ADMIN_EMAIL}/{@code MAPLE_ADMIN_PASSWORD}.
 */
@Startup
@Singleton
@DependsOn("DbMigrator")
public class IdentityBootstrap {

    public static final String DEMO_PASSWORD = "maple-demo";
    public static final String DEMO_TEAM = "Riverside Recovery Team";
    private static final Logger LOG = Logger.getLogger(IdentityBootstrap.class.getName());

    /** A demo account: e-mail, name, roles, days since starting. */
    public record DemoPerson(String email, String name, EnumSet<Role> roles, int daysSinceStart) implements java.io.Serializable {
    }

    public static final List<DemoPerson> DEMO_PEOPLE = List.of(
            new DemoPerson("admin@maple.test", "Ada Adeyemi", EnumSet.of(Role.ADMIN), 400),
            new DemoPerson("trainer@maple.test", "Tomasz Nowak", EnumSet.of(Role.TRAINER), 400),
            new DemoPerson("manager@maple.test", "Morgan Reid", EnumSet.of(Role.MANAGER), 400),
            new DemoPerson("learner@maple.test", "Alex Taylor", EnumSet.of(Role.LEARNER), 7),
            new DemoPerson("sam@maple.test", "Sam Okafor", EnumSet.of(Role.LEARNER), 30),
            new DemoPerson("priya@maple.test", "Priya Shah", EnumSet.of(Role.LEARNER), 120),
            new DemoPerson("jo@maple.test", "Siân O'Brien", EnumSet.of(Role.LEARNER), 95));

    @Inject
    PersonRepository people;

    @Inject
    PasswordHasher hasher;

    @Inject
    MapleConfig config;

    @Inject
    ClusterLock lock;

    @Inject
    Clock clock;

    private boolean demoCreated;

    @PostConstruct
    void start() {
        lock.acquire("bootstrap");
        boolean empty = people.count() == 0;
        if (empty && config.demoData()) {
            createDemo();
        }
        config.adminEmail().ifPresent(email -> config.adminPassword().ifPresentOrElse(
                password -> createAdmin(email, password),
                () -> LOG.warning("MAPLE_ADMIN_EMAIL is set but MAPLE_ADMIN_PASSWORD is not: no admin created")));
    }

    /** Whether this start created the demo organisation (so demo progress can be added). */
    public boolean demoCreated() {
        return demoCreated;
    }

    private void createDemo() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Team team = null;
        for (DemoPerson d : DEMO_PEOPLE) {
            Person p = new Person(d.email(), d.name(), today.minusDays(d.daysSinceStart()), d.roles(), now);
            p.setPasswordHash(hasher.hash(DEMO_PASSWORD.toCharArray()));
            people.persist(p);
            if (d.roles().contains(Role.MANAGER)) {
                team = new Team(DEMO_TEAM, p);
                people.persist(team);
            } else if (d.roles().contains(Role.LEARNER)) {
                p.setTeam(team);
            }
        }
        demoCreated = true;
        LOG.info("Created the demo organisation (password for every demo account: " + DEMO_PASSWORD + ")");
    }

    private void createAdmin(String email, String password) {
        if (people.findByEmail(email).isPresent()) {
            return;
        }
        if (password.length() < PasswordHasher.MIN_LENGTH) {
            LOG.severe("MAPLE_ADMIN_PASSWORD is shorter than " + PasswordHasher.MIN_LENGTH + " characters: no admin created");
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Person admin = new Person(email, "Administrator", now.toLocalDate(), EnumSet.of(Role.ADMIN), now);
        admin.setPasswordHash(hasher.hash(password.toCharArray()));
        people.persist(admin);
        LOG.info("Created the first admin account " + admin.getEmail());
    }
}
