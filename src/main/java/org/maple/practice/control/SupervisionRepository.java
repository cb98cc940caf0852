package org.maple.practice.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.identity.entity.Person;
import org.maple.practice.entity.SupervisionPrompt;
import org.maple.practice.entity.SupervisionSession;

/** Queries over supervision sessions and the organisation's prompts. */
@Dependent
public class SupervisionRepository {

    @PersistenceContext
    EntityManager em;

    public List<SupervisionSession> of(Person supervisee) {
        return em.createNamedQuery("SupervisionSession.ofSupervisee", SupervisionSession.class)
                .setParameter("person", supervisee).getResultList();
    }

    public List<SupervisionSession> of(Collection<Person> supervisees) {
        return supervisees.isEmpty() ? List.of()
                : em.createNamedQuery("SupervisionSession.ofSupervisees", SupervisionSession.class)
                        .setParameter("people", supervisees).getResultList();
    }

    public Optional<SupervisionSession> find(long id) {
        return Optional.ofNullable(em.find(SupervisionSession.class, id));
    }

    /** The row locked until the transaction ends: concurrent reviews of one record happen one after the other. */
    public Optional<SupervisionSession> findLocked(long id) {
        return Optional.ofNullable(em.find(SupervisionSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void persist(SupervisionSession s) {
        em.persist(s);
    }

    public List<SupervisionPrompt> prompts() {
        return em.createNamedQuery("SupervisionPrompt.all", SupervisionPrompt.class).getResultList();
    }

    public Optional<SupervisionPrompt> prompt(String code) {
        return Optional.ofNullable(em.find(SupervisionPrompt.class, code));
    }

    public void persist(SupervisionPrompt p) {
        em.persist(p);
    }
}
