package org.maple.identity.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.identity.entity.Person;
import org.maple.identity.entity.Team;

/** Queries over people and teams; joins the caller's transaction. */
@Dependent
public class PersonRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Person> findByEmail(String email) {
        return em.createNamedQuery("Person.findByEmail", Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Person lock(Person p) {
        return em.find(Person.class, p.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Person> all() {
        return em.createNamedQuery("Person.all", Person.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery("Person.count", Long.class).getSingleResult();
    }

    public List<Person> members(Team team) {
        return em.createNamedQuery("Person.findByTeam", Person.class).setParameter("team", team).getResultList();
    }

    public List<Team> teamsManagedBy(Person manager) {
        return em.createNamedQuery("Team.findByManager", Team.class).setParameter("manager", manager).getResultList();
    }

    public List<Team> allTeams() {
        return em.createNamedQuery("Team.all", Team.class).getResultList();
    }

    public Optional<Team> findTeam(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    public Optional<Team> findTeamByName(String name) {
        return em.createNamedQuery("Team.findByName", Team.class)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
