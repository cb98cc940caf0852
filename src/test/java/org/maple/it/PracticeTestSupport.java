package org.maple.it;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.maple.competency.boundary.PracticeEvidenceChanged;
import org.maple.identity.control.PasswordHasher;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Team;

/**
 * Test-only endpoints added to the practice test deployment (never shipped): records every
 * {@link PracticeEvidenceChanged} the application fires, as the competency feature will observe it,
 * and creates a second team ("Hillside Team", manager hill.manager@maple.test, member
 * hill.worker@maple.test, password maple-demo) so row rules between teams can be probed.
 */
@Path("test/practice")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public class PracticeTestSupport {

    private static final List<Map<String, Object>> EVENTS = new ArrayList<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public void observe(@Observes PracticeEvidenceChanged e) {
        synchronized (EVENTS) {
            Map<String, Object> m = new TreeMap<>();
            m.put("personId", e.personId());
            m.put("kind", e.kind());
            m.put("recordId", e.recordId());
            m.put("codes", String.join(",", new java.util.TreeSet<>(e.danosCodes())));
            m.put("occurredOn", e.occurredOn().toString());
            m.put("counts", e.counts());
            m.put("byPersonId", e.byPersonId());
            EVENTS.add(m);
        }
    }

    @GET
    @Path("evidence")
    public List<Map<String, Object>> evidence() {
        synchronized (EVENTS) {
            return List.copyOf(EVENTS);
        }
    }

    @POST
    @Path("second-team")
    public Map<String, Object> secondTeam() {
        List<Team> existing = em.createQuery("select t from Team t where t.name = 'Hillside Team'", Team.class).getResultList();
        if (existing.isEmpty()) {
            LocalDateTime now = LocalDateTime.now();
            Person manager = person("hill.manager@maple.test", "Harper Hill", Role.MANAGER, now);
            Team team = new Team("Hillside Team", manager);
            em.persist(team);
            Person worker = person("hill.worker@maple.test", "Wren Hill", Role.LEARNER, now);
            worker.setTeam(team);
            em.flush();
            existing = List.of(team);
        }
        return Map.of("teamId", existing.get(0).getId());
    }

    private Person person(String email, String name, Role role, LocalDateTime now) {
        Person p = new Person(email, name, LocalDate.now().minusDays(10), EnumSet.of(role), now);
        p.setPasswordHash(hasher.hash("maple-demo".toCharArray()));
        em.persist(p);
        return p;
    }
}
