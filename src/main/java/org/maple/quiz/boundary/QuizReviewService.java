package org.maple.quiz.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.entity.FileProblem;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.AttemptRepository;
import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.control.GiftParser;
import org.maple.quiz.control.GiftWriter;
import org.maple.quiz.control.ItemAnalysis;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptResult;
import org.maple.quiz.entity.BankVersion;
import org.maple.quiz.entity.ItemStatistic;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionScore;
import org.maple.quiz.entity.QuizAttempt;
import org.maple.quiz.entity.RegradeRecord;
import org.maple.quiz.entity.SavedAnswer;

/**
 * A trainer looking after a course's quiz: item statistics, regrading after a corrected question
 * (dry run, then apply with an audit record), bank versions, GIFT export and import check. Role:
 * trainer, admin.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class QuizReviewService {

    /** A bank version in the history. */
    public record BankSummary(int version, boolean current, int questions, String contentHash, LocalDateTime loadedAt) implements java.io.Serializable {
    }

    /** One attempt a regrade changes (or would change). */
    public record RegradeChange(long attemptId, long personId, int attemptNo, double percentBefore, double percentAfter,
            boolean passedBefore, boolean passedAfter) implements java.io.Serializable {
    }

    /** The dry run (or what was applied): the bank version used and every attempt whose result changes. */
    public record RegradePlan(String courseCode, int bankVersion, int attemptsChecked, List<RegradeChange> changes,
            boolean applied) implements java.io.Serializable {
    }

    /** A GIFT import check: what was understood and every problem with its line. */
    public record GiftCheck(int questions, Map<String, Long> byType, List<String> ids, List<FileProblem> problems) implements java.io.Serializable {
    }

    /** A bank exported as GIFT, and the questions GIFT cannot carry. */
    public record GiftExport(String text, List<String> skipped) implements java.io.Serializable {
    }

    @Inject
    CallerService caller;

    @Inject
    BankRepository banks;

    @Inject
    BankCache cache;

    @Inject
    AttemptRepository attempts;

    @Inject
    QuizGrading grading;

    @Inject
    Clock clock;

    /** Use case: the bank's versions, newest first. */
    public List<BankSummary> versions(String code) {
        return banks.history(code).stream().map(b -> new BankSummary(b.getVersionNo(), b.isCurrent(), b.getQuestionCount(),
                b.getContentHash(), b.getLoadedAt())).toList();
    }

    /** Use case: item statistics of the current bank's questions over every graded attempt. */
    public List<ItemStatistic> statistics(String code) {
        QuestionBank bank = cache.bank(current(code));
        List<QuizAttempt> graded = attempts.gradedOfCourse(code);
        List<Long> ids = graded.stream().map(QuizAttempt::getId).toList();
        Map<Long, Map<String, Double>> credit = new HashMap<>();
        for (QuestionScore s : attempts.scores(ids)) {
            credit.computeIfAbsent(s.getAttemptId(), k -> new HashMap<>()).put(s.getQuestionId(), s.score());
        }
        Map<Long, Map<String, Answer>> answers = new HashMap<>();
        for (SavedAnswer s : attempts.answers(ids)) {
            answers.computeIfAbsent(s.getAttemptId(), k -> new HashMap<>()).put(s.getQuestionId(), s.answer());
        }
        List<ItemAnalysis.Graded> rows = ids.stream()
                .map(id -> ItemAnalysis.graded(credit.getOrDefault(id, Map.of()), answers.getOrDefault(id, Map.of())))
                .toList();
        return ItemAnalysis.analyse(bank.questions(), rows);
    }

    /** Use case: which graded attempts would change if regraded with the current bank (nothing is changed). */
    public RegradePlan regradePreview(String code) {
        BankVersion bank = current(code);
        List<QuizAttempt> graded = attempts.gradedOfCourse(code);
        List<RegradeChange> changes = new ArrayList<>();
        for (QuizAttempt a : graded) {
            AttemptResult r = grading.mark(a, cache.bank(bank));
            if (r.percent().compareTo(a.getPercent()) != 0 || r.passed() != a.hasPassed()) {
                changes.add(new RegradeChange(a.getId(), a.getPersonId(), a.getAttemptNo(), a.getPercent().doubleValue(),
                        r.percent().doubleValue(), a.hasPassed(), r.passed()));
            }
        }
        return new RegradePlan(code, bank.getVersionNo(), graded.size(), changes, false);
    }

    /**
     * Use case: regrade every graded attempt the current bank changes, with an audit record. A learner
     * who now passes has the quiz passed (and the course completed if all lessons are done); a
     * completion already recorded is not taken back by a lower score.
     */
    public RegradePlan regradeApply(String code) {
        BankVersion bank = current(code);
        RegradePlan plan = regradePreview(code);
        LocalDateTime now = LocalDateTime.now(clock);
        for (RegradeChange c : plan.changes()) {
            QuizAttempt a = attempts.lock(c.attemptId()).orElseThrow();
            boolean passedBefore = attempts.ofEnrolment(a.getEnrolmentId()).stream()
                    .anyMatch(other -> other.hasPassed() && !other.getId().equals(a.getId()));
            AttemptResult r = grading.mark(a, cache.bank(bank));
            a.regrade(r.percent(), r.passed(), now);
            grading.announce(a, r, now, true, passedBefore);
        }
        String detail = plan.changes().stream().map(c -> c.attemptId() + " " + BigDecimal.valueOf(c.percentBefore()) + "->"
                + BigDecimal.valueOf(c.percentAfter()) + " " + c.passedBefore() + "->" + c.passedAfter())
                .collect(Collectors.joining("\n"));
        attempts.persist(new RegradeRecord(code, bank.getId(), caller.current().getId(), now, plan.changes().size(), detail));
        return new RegradePlan(code, plan.bankVersion(), plan.attemptsChecked(), plan.changes(), true);
    }

    /** Use case: the current bank as Moodle GIFT. */
    public GiftExport giftExport(String code) {
        GiftWriter.Result r = GiftWriter.write(cache.bank(current(code)).questions());
        return new GiftExport(r.text(), r.skipped());
    }

    /** Use case: check a GIFT file: what it holds and every problem with its line (nothing is stored). */
    public GiftCheck giftCheck(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The GIFT text is empty.");
        }
        GiftParser.Result r = GiftParser.parse("upload.gift", text);
        Map<String, Long> byType = r.questions().stream()
                .collect(Collectors.groupingBy(q -> q.type().id(), java.util.TreeMap::new, Collectors.counting()));
        return new GiftCheck(r.questions().size(), byType, r.questions().stream().map(q -> q.id()).toList(), r.problems());
    }

    private BankVersion current(String code) {
        return banks.current(code).orElseThrow(() -> new ItemNotFoundException("The course '" + code + "' has no quiz."));
    }
}
