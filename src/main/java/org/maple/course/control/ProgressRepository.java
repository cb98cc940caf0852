package org.maple.course.control;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.course.entity.Enrolment;
import org.maple.course.entity.LessonCompletion;
import org.maple.identity.entity.Person;

/** Queries over enrolments and lesson completions. */
@Dependent
public class ProgressRepository {

    @PersistenceContext
    EntityManager em;

    public List<Enrolment> enrolments(Person person) {
        return em.createNamedQuery("Enrolment.ofPerson", Enrolment.class)
                .setParameter("person", person).getResultList();
    }

    /** The latest enrolment of a person in a course (highest cycle). */
    public Optional<Enrolment> latest(Person person, String code) {
        return em.createNamedQuery("Enrolment.ofPersonAndCourse", Enrolment.class)
                .setParameter("person", person).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Enrolment> enrolmentsOf(Collection<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Enrolment.ofPeople", Enrolment.class)
                .setParameter("people", people).getResultList();
    }

    public Set<String> doneKeys(Enrolment e) {
        return new HashSet<>(em.createNamedQuery("LessonCompletion.keysOf", String.class)
                .setParameter("enrolment", e.getId()).getResultList());
    }

    public List<LessonCompletion> completions(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("LessonCompletion.ofEnrolments", LessonCompletion.class)
                .setParameter("enrolments", enrolmentIds).getResultList();
    }

    public Optional<Enrolment> find(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    /**
     * Enrolments as plain rows {enrolment id, person id, course version id, started, completed}, of
     * the given people (all people when {@code personIds} is null): one query, no entities.
     */
    public List<Object[]> enrolmentRows(Collection<Long> personIds) {
        String jpql = "select e.id, p.id, v.id, e.startedAt, e.completedAt from Enrolment e join e.person p"
                + " join e.courseVersion v" + (personIds == null ? "" : " where p.id in :people")
                + " order by e.cycle desc";
        var q = em.createQuery(jpql, Object[].class);
        if (personIds != null) {
            if (personIds.isEmpty()) {
                return List.of();
            }
            q.setParameter("people", personIds);
        }
        return q.getResultList();
    }

    /** Lessons done per enrolment as rows {enrolment id, count}, for the given people (all when null). */
    public List<Object[]> lessonsDoneRows(Collection<Long> personIds) {
        String jpql = "select c.enrolmentId, count(c) from LessonCompletion c, Enrolment e where e.id = c.enrolmentId"
                + (personIds == null ? "" : " and e.person.id in :people") + " group by c.enrolmentId";
        var q = em.createQuery(jpql, Object[].class);
        if (personIds != null) {
            if (personIds.isEmpty()) {
                return List.of();
            }
            q.setParameter("people", personIds);
        }
        return q.getResultList();
    }

    public Enrolment lock(Enrolment e) {
        em.flush(); // an enrolment created in this transaction must be in the database to be locked
        return em.find(Enrolment.class, e.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public long countEnrolments() {
        return em.createNamedQuery("Enrolment.count", Long.class).getSingleResult();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
