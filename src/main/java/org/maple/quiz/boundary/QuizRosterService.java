package org.maple.quiz.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.boundary.CatalogService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.AttemptRepository;
import org.maple.quiz.control.AttemptTotals;
import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.control.QuizDraw;
import org.maple.quiz.entity.AttemptGrant;
import org.maple.quiz.entity.BankVersion;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuizSettings;

/**
 * A trainer's overview of the quizzes: each course's quiz with its bank version and results, and
 * who has taken one quiz (to grant an attempt where needed). Role: trainer, admin.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class QuizRosterService {

    /** One course's quiz in the trainer's list. */
    public record QuizSummary(String courseCode, String title, int bankVersion, int versions, int questions, int drawn,
            int passMark, int maxAttempts, int timeLimitMinutes, int attempts, int passedAttempts, int people,
            int peoplePassed) implements java.io.Serializable {

        /** The share of graded attempts that passed (0–100), or null before any. */
        public Double passRate() {
            return attempts == 0 ? null : Math.round(1000.0 * passedAttempts / attempts) / 10.0;
        }
    }

    /** One person who has taken a course's quiz. */
    public record LearnerStanding(long personId, String name, String email, int attemptsUsed, int attemptsAllowed,
            Double bestPercent, boolean passed, boolean open) implements java.io.Serializable {

        public int attemptsLeft() {
            return passed ? 0 : Math.max(0, attemptsAllowed - attemptsUsed);
        }
    }

    @Inject
    CatalogService catalog;

    @Inject
    PeopleDirectory people;

    @Inject
    BankRepository banks;

    @Inject
    BankCache cache;

    @Inject
    AttemptRepository attempts;

    @Inject
    AttemptTotals totals;

    @Inject
    QuizStanding standing;

    /** Use case: every current course that has a quiz, with its bank version, size and results so far. */
    public List<QuizSummary> quizzes() {
        Map<String, AttemptTotals.Totals> all = totals.byCourse();
        return catalog.courses().stream().map(c -> summary(c, all)).flatMap(Optional::stream).toList();
    }

    /** Use case: one course's quiz as in the list (404 when there is no such course or it has no quiz). */
    public QuizSummary quiz(String code) {
        return summary(catalog.course(code).course(), totals.byCourse())
                .orElseThrow(() -> new ItemNotFoundException("The course '" + shorten(code) + "' has no quiz."));
    }

    /** Use case: everyone with a graded attempt at a course's quiz: attempts used and allowed, best score, passed. */
    public List<LearnerStanding> learners(String code) {
        BankVersion bank = banks.current(code)
                .orElseThrow(() -> new ItemNotFoundException("The course '" + shorten(code) + "' has no quiz."));
        int max = cache.bank(bank).settings().maxAttempts();
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        attempts.gradedOfCourse(code).forEach(a -> seen.put(a.getPersonId(), true));
        // counted like the learner's own quiz page: over the latest enrolment, grants included
        Map<Long, Map<String, QuizStanding.Standing>> standings = standing.of(seen.keySet());
        List<LearnerStanding> out = new ArrayList<>();
        for (long personId : seen.keySet()) {
            Optional<Person> p = people.byId(personId);
            if (p.isEmpty()) {
                continue;
            }
            QuizStanding.Standing st = standings.getOrDefault(personId, Map.of()).get(code);
            if (st == null) { // attempts only in an earlier cycle: this one starts afresh
                int extra = attempts.grants(personId, code).stream().mapToInt(AttemptGrant::getExtraAttempts).sum();
                out.add(new LearnerStanding(personId, p.get().getDisplayName(), p.get().getEmail(), 0, max + extra, null, false, false));
            } else {
                out.add(new LearnerStanding(personId, p.get().getDisplayName(), p.get().getEmail(), st.attemptsUsed(),
                        st.attemptLimit(), st.bestPercent(), st.passed(), st.open()));
            }
        }
        out.sort((x, y) -> x.name().compareToIgnoreCase(y.name()));
        return out;
    }

    private Optional<QuizSummary> summary(CatalogService.CourseSummary c, Map<String, AttemptTotals.Totals> all) {
        Optional<BankVersion> bank = banks.current(c.id());
        if (bank.isEmpty()) {
            return Optional.empty();
        }
        QuestionBank b = cache.bank(bank.get());
        QuizSettings s = b.settings();
        AttemptTotals.Totals t = all.getOrDefault(c.id(), AttemptTotals.Totals.NONE);
        return Optional.of(new QuizSummary(c.id(), c.title(), bank.get().getVersionNo(), banks.history(c.id()).size(),
                b.questions().size(), QuizDraw.size(b.questions(), s), s.passMark(), s.maxAttempts(), s.timeLimitMinutes(),
                (int) t.attempts(), (int) t.passed(), (int) t.people(), (int) t.peoplePassed()));
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
