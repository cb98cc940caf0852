package org.maple.quiz.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.StandingQuery;
import org.maple.quiz.entity.BankVersion;

/**
 * Quiz facts for other features' services, which enforce their own roles (competency's "needs
 * attention", practice's supervision agenda): per person and course, attempts used, the attempt
 * limit including grants, passed, and out of tries without passing. Counted like the learner's own
 * quiz page: over the latest enrolment (a renewal starts afresh), the current bank's limit plus
 * every grant. One query for a whole team. Not exposed over HTTP.
 */
@Stateless
@PermitAll
public class QuizStanding {

    /** An attempt past its deadline by more than this is no longer open (as when taking the quiz). */
    static final java.time.Duration GRACE = QuizTakingService.GRACE;

    /**
     * One person's standing in one course's quiz.
     *
     * @param attemptLimit the bank's attempts plus every grant
     * @param failedAttempts graded attempts that did not pass
     * @param open         an attempt is under way (so the person is not out of tries yet)
     * @param bestPercent  the best graded score, or null
     */
    public record Standing(long personId, String courseCode, int attemptsUsed, int attemptLimit, boolean passed,
            int failedAttempts, boolean open, Double bestPercent, LocalDateTime lastAttemptAt) implements java.io.Serializable {

        /** Every attempt used, none passed, none under way: only a grant lets them try again. */
        public boolean outOfTries() {
            return !passed && !open && attemptsUsed >= attemptLimit;
        }

        public int attemptsLeft() {
            return passed ? 0 : Math.max(0, attemptLimit - attemptsUsed);
        }
    }

    @Inject
    StandingQuery query;

    @Inject
    BankCache cache;

    @Inject
    Clock clock;

    /**
     * person id → course code → standing, for the courses with a quiz in which the person has made at
     * least one attempt in their latest enrolment; everyone when {@code personIds} is null.
     */
    public Map<Long, Map<String, Standing>> of(Collection<Long> personIds) {
        Map<String, Integer> limits = new HashMap<>();
        for (BankVersion b : query.currentBanks()) {
            limits.put(b.getCourseCode(), cache.bank(b).settings().maxAttempts());
        }
        Map<Long, Map<String, Standing>> out = new LinkedHashMap<>();
        for (StandingQuery.Row r : query.rows(personIds, LocalDateTime.now(clock).minus(GRACE))) {
            Integer limit = limits.get(r.courseCode());
            if (limit == null) {
                continue; // the course no longer has a quiz
            }
            out.computeIfAbsent(r.personId(), k -> new LinkedHashMap<>()).put(r.courseCode(), new Standing(r.personId(),
                    r.courseCode(), r.used(), limit + r.granted(), r.passed() > 0, r.failed(), r.open() > 0, r.best(),
                    r.lastStarted()));
        }
        return out;
    }

    /** One person's standings (see {@link #of}). */
    public List<Standing> ofPerson(long personId) {
        return List.copyOf(of(List.of(personId)).getOrDefault(personId, Map.of()).values());
    }
}
