package org.maple.practice.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.identity.entity.Person;
import org.maple.practice.entity.FamaLog;

/** Queries over the FAMA practice log. */
@Dependent
public class FamaLogRepository {

    @PersistenceContext
    EntityManager em;

    public List<FamaLog> of(Person person) {
        return em.createNamedQuery("FamaLog.ofPerson", FamaLog.class).setParameter("person", person).getResultList();
    }

    /** How many FAMA records the person has logged. */
    public long count(Person person) {
        return em.createNamedQuery("FamaLog.countOfPerson", Long.class).setParameter("person", person).getSingleResult();
    }

    public List<FamaLog> of(Collection<Person> people) {
        return people.isEmpty() ? List.of()
                : em.createNamedQuery("FamaLog.ofPeople", FamaLog.class).setParameter("people", people).getResultList();
    }

    public Optional<FamaLog> find(long id) {
        return Optional.ofNullable(em.find(FamaLog.class, id));
    }

    /** The row locked until the transaction ends: concurrent reviews of one record happen one after the other. */
    public Optional<FamaLog> findLocked(long id) {
        return Optional.ofNullable(em.find(FamaLog.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void persist(FamaLog log) {
        em.persist(log);
    }

    public void remove(FamaLog log) {
        em.remove(log);
    }
}
