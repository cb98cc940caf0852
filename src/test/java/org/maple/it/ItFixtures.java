package org.maple.it;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.maple.identity.control.PasswordHasher;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Team;

/**
 * Test-only fixtures, added to a test deployment by {@link Deployments#withFixtures}: never in the
 * shipped WAR. Creates a second team with a manager and a member (password {@code maple-demo}).
 */
@Stateless
@Path("it-fixtures")
public class ItFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @POST
    @Path("team")
    public long team(@QueryParam("name") String name, @QueryParam("manager") String manager,
            @QueryParam("member") String member, @QueryParam("memberName") String memberName) {
        LocalDateTime now = LocalDateTime.now();
        Person boss = new Person(manager, "Nadia Other", LocalDate.now().minusYears(2), EnumSet.of(Role.MANAGER), now);
        boss.setPasswordHash(hasher.hash("maple-demo".toCharArray()));
        em.persist(boss);
        Team team = new Team(name, boss);
        em.persist(team);
        Person p = new Person(member, memberName, LocalDate.now().minusDays(20), EnumSet.of(Role.LEARNER), now);
        p.setPasswordHash(hasher.hash("maple-demo".toCharArray()));
        p.setTeam(team);
        em.persist(p);
        em.flush();
        return team.getId();
    }
}
