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

    public Enrolment lock(Enrolment e) {
        // the lock is taken in the database: an enrolment created in this transaction must be there first
        // (else find answers null and completing the first lesson of a course never opened fails)
        em.flush();
        return em.find(Enrolment.class, e.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public long countEnrolments() {
        return em.createNamedQuery("Enrolment.count", Long.class).getSingleResult();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
