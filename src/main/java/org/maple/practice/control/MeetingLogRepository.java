package org.maple.practice.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.identity.entity.Person;
import org.maple.practice.entity.MeetingLog;

/** Queries over the open-meeting log. */
@Dependent
public class MeetingLogRepository {

    @PersistenceContext
    EntityManager em;

    public List<MeetingLog> of(Person person) {
        return em.createNamedQuery("MeetingLog.ofPerson", MeetingLog.class).setParameter("person", person).getResultList();
    }

    public List<MeetingLog> of(Collection<Person> people) {
        return people.isEmpty() ? List.of()
                : em.createNamedQuery("MeetingLog.ofPeople", MeetingLog.class).setParameter("people", people).getResultList();
    }

    public Optional<MeetingLog> find(long id) {
        return Optional.ofNullable(em.find(MeetingLog.class, id));
    }

    /** The row locked until the transaction ends: concurrent reviews of one record happen one after the other. */
    public Optional<MeetingLog> findLocked(long id) {
        return Optional.ofNullable(em.find(MeetingLog.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void persist(MeetingLog log) {
        em.persist(log);
    }

    public void remove(MeetingLog log) {
        em.remove(log);
    }
}
