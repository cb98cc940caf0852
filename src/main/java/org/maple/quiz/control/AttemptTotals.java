package org.maple.quiz.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Counts of graded attempts per course, in two grouped queries (the trainer's quiz list reads no attempt rows). */
@Dependent
public class AttemptTotals {

    /** One course's graded attempts: how many, how many passed, by how many people, how many of them passed. */
    public record Totals(long attempts, long passed, long people, long peoplePassed) {
        public static final Totals NONE = new Totals(0, 0, 0, 0);
    }

    @PersistenceContext(unitName = "maple")
    EntityManager em;

    public Map<String, Totals> byCourse() {
        Map<String, long[]> counts = new HashMap<>();
        List<Object[]> all = em.createQuery("select a.courseCode, count(a), count(distinct a.personId) from QuizAttempt a"
                + " where a.passed is not null group by a.courseCode", Object[].class).getResultList();
        for (Object[] r : all) {
            counts.put((String) r[0], new long[] {((Number) r[1]).longValue(), 0, ((Number) r[2]).longValue(), 0});
        }
        List<Object[]> passed = em.createQuery("select a.courseCode, count(a), count(distinct a.personId) from QuizAttempt a"
                + " where a.passed = true group by a.courseCode", Object[].class).getResultList();
        for (Object[] r : passed) {
            long[] c = counts.computeIfAbsent((String) r[0], k -> new long[4]);
            c[1] = ((Number) r[1]).longValue();
            c[3] = ((Number) r[2]).longValue();
        }
        Map<String, Totals> out = new HashMap<>();
        counts.forEach((code, c) -> out.put(code, new Totals(c[0], c[1], c[2], c[3])));
        return out;
    }
}
