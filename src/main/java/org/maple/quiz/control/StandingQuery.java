package org.maple.quiz.control;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.maple.quiz.entity.BankVersion;

/**
 * Quiz standing of many people at once: per person and course, over the attempts of the latest
 * enrolment (cycle), how many were used, passed and still open, the best and latest score and the
 * extra attempts granted; one SQL statement however many people.
 */
@Dependent
public class StandingQuery {

    /** One person's attempts in one course's latest enrolment, aggregated. */
    public record Row(long personId, String courseCode, int used, int passed, int failed, int open, Double best,
            LocalDateTime lastStarted, int granted) {
    }

    @PersistenceContext(unitName = "maple")
    EntityManager em;

    /**
     * Rows for the given people (everyone when null). An attempt counts as open while it has not been
     * submitted and its deadline (if any) is after {@code openCutoff}.
     */
    public List<Row> rows(Collection<Long> personIds, LocalDateTime openCutoff) {
        if (personIds != null && personIds.isEmpty()) {
            return List.of();
        }
        // ids are numbers (never text from a request): a literal list keeps this one portable statement
        String people = personIds == null ? "" : " and a.person_id in ("
                + personIds.stream().map(id -> Long.toString(id)).distinct().collect(Collectors.joining(",")) + ")";
        String sql = "select a.person_id, a.course_code, count(*),"
                + " sum(case when a.passed = true then 1 else 0 end), sum(case when a.passed = false then 1 else 0 end),"
                + " sum(case when a.submitted_at is null and (a.deadline is null or a.deadline > ?1) then 1 else 0 end),"
                + " max(a.percent), max(a.started_at),"
                + " coalesce((select sum(g.extra_attempts) from quiz_grant g"
                + "   where g.person_id = a.person_id and g.course_code = a.course_code), 0)"
                + " from quiz_attempt a join enrolment e on e.id = a.enrolment_id"
                + " where e.cycle = (select max(e2.cycle) from enrolment e2"
                + "   where e2.person_id = e.person_id and e2.course_code = e.course_code)" + people
                + " group by a.person_id, a.course_code";
        @SuppressWarnings("unchecked")
        List<Object[]> raw = em.createNativeQuery(sql).setParameter(1, openCutoff).getResultList();
        return raw.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                r[6] == null ? null : ((Number) r[6]).doubleValue(), toDateTime(r[7]), ((Number) r[8]).intValue())).toList();
    }

    /** The current bank version of every course that has a quiz. */
    public List<BankVersion> currentBanks() {
        return em.createQuery("select b from BankVersion b where b.current = true", BankVersion.class).getResultList();
    }

    private static LocalDateTime toDateTime(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDateTime t) {
            return t;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }
}
