package org.maple.quiz.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.entity.FileProblem;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.platform.persistence.ClusterLock;
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

    /** The longest GIFT text checked at once (the page and the REST endpoint alike). */
    public static final int GIFT_MAX_CHARS = 1_000_000;

    /** A bank version in the history. */
    public record BankSummary(int version, boolean current, int questions, String contentHash, LocalDateTime loadedAt) implements java.io.Serializable {
    }

    /** One attempt a regrade changes (or would change). */
    public record RegradeChange(long attemptId, long personId, String personName, int attemptNo, double percentBefore, double percentAfter,
            boolean passedBefore, boolean passedAfter) implements java.io.Serializable {
    }

    /** The dry run (or what was applied): the bank version used and every attempt whose result changes. */
    public record RegradePlan(String courseCode, int bankVersion, int attemptsChecked, List<RegradeChange> changes,
            boolean applied) implements java.io.Serializable {
    }

    /** One attempt's change in a past regrade's audit record. */
    public record RegradeLine(long attemptId, String personName, int attemptNo, double percentBefore, double percentAfter,
            boolean passedBefore, boolean passedAfter) implements java.io.Serializable {
    }

    /** The audit record of an applied regrade: who, when, to which bank version, why, and each change. */
    public record RegradeAudit(long id, LocalDateTime appliedAt, String appliedBy, int bankVersion, int attempts, String reason,
            List<RegradeLine> changes) implements java.io.Serializable {
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
    PeopleDirectory people;

    @Inject
    ClusterLock lock;

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

    /** Use case: the ids of the questions (of any bank version) that graded attempts of the course were scored on. */
    public Set<String> gradedQuestionIds(String code) {
        return attempts.gradedQuestionIds(code);
    }

    /**
     * Use case: which graded attempts would change if regraded with bank version {@code versionNo}
     * (null: the current one); nothing is changed.
     */
    public RegradePlan regradePreview(String code, Integer versionNo) {
        BankVersion bank = version(code, versionNo);
        List<QuizAttempt> graded = attempts.gradedOfCourse(code);
        Map<Long, String> names = new HashMap<>();
        List<RegradeChange> changes = new ArrayList<>();
        for (QuizAttempt a : graded) {
            AttemptResult r = grading.mark(a, cache.bank(bank));
            if (r.percent().compareTo(a.getPercent()) != 0 || r.passed() != a.hasPassed()) {
                changes.add(new RegradeChange(a.getId(), a.getPersonId(), name(names, a.getPersonId()), a.getAttemptNo(),
                        a.getPercent().doubleValue(), r.percent().doubleValue(), a.hasPassed(), r.passed()));
            }
        }
        return new RegradePlan(code, bank.getVersionNo(), graded.size(), changes, false);
    }

    /**
     * Use case: regrade every graded attempt that bank version {@code versionNo} (null: the current
     * one) changes, with an audit record giving the reason. Regrades take turns under a cluster-wide
     * lock and each one re-reads the attempts, so applying twice (a double click, two tabs) regrades
     * once: the second finds nothing left to change and records nothing. A learner who now passes
     * has the quiz passed (and the course completed if all lessons are done); a completion already
     * recorded is not taken back by a lower score.
     */
    public RegradePlan regradeApply(String code, Integer versionNo, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 1000) {
            throw new InvalidInputException("Give a reason for the regrade (3–1000 characters).");
        }
        BankVersion bank = version(code, versionNo);
        lock.acquire("quiz-regrade");
        RegradePlan plan = regradePreview(code, bank.getVersionNo());
        LocalDateTime now = LocalDateTime.now(clock);
        for (RegradeChange c : plan.changes()) {
            QuizAttempt a = attempts.lock(c.attemptId()).orElseThrow();
            boolean passedBefore = attempts.ofEnrolment(a.getEnrolmentId()).stream()
                    .anyMatch(other -> other.hasPassed() && !other.getId().equals(a.getId()));
            AttemptResult r = grading.mark(a, cache.bank(bank));
            a.regrade(r.percent(), r.passed(), now, bank);
            grading.announce(a, r, now, true, passedBefore);
        }
        if (!plan.changes().isEmpty()) {
            String detail = plan.changes().stream().map(c -> c.attemptId() + " " + BigDecimal.valueOf(c.percentBefore()) + "->"
                    + BigDecimal.valueOf(c.percentAfter()) + " " + c.passedBefore() + "->" + c.passedAfter())
                    .collect(Collectors.joining("\n"));
            attempts.persist(new RegradeRecord(code, bank.getId(), caller.current().getId(), now, plan.changes().size(), detail, why));
        }
        return new RegradePlan(code, plan.bankVersion(), plan.attemptsChecked(), plan.changes(), true);
    }

    /** Use case: the audit records of a course's past regrades, newest first, with each attempt's change. */
    public List<RegradeAudit> regrades(String code) {
        Map<Long, String> names = new HashMap<>();
        List<RegradeAudit> out = new ArrayList<>();
        for (RegradeRecord r : attempts.regrades(code)) {
            List<RegradeLine> lines = new ArrayList<>();
            for (String line : r.getDetail().split("\n")) {
                String[] part = line.strip().split(" ");
                if (part.length != 3 || !part[1].contains("->") || !part[2].contains("->")) {
                    continue;
                }
                Optional<QuizAttempt> a = attempts.find(Long.parseLong(part[0]));
                String[] pct = part[1].split("->");
                String[] pass = part[2].split("->");
                lines.add(new RegradeLine(Long.parseLong(part[0]), a.map(x -> name(names, x.getPersonId())).orElse("(removed)"),
                        a.map(QuizAttempt::getAttemptNo).orElse(0), Double.parseDouble(pct[0]), Double.parseDouble(pct[1]),
                        Boolean.parseBoolean(pass[0]), Boolean.parseBoolean(pass[1])));
            }
            out.add(new RegradeAudit(r.getId(), r.getAppliedAt(), name(names, r.getAppliedBy()),
                    banks.find(r.getBankId()).map(BankVersion::getVersionNo).orElse(0), r.getAttempts(), r.getReason(), lines));
        }
        return out;
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
        if (text.length() > GIFT_MAX_CHARS) {
            throw new InvalidInputException("The GIFT text is too long (at most " + GIFT_MAX_CHARS + " characters).");
        }
        GiftParser.Result r = GiftParser.parse("upload.gift", text);
        Map<String, Long> byType = r.questions().stream()
                .collect(Collectors.groupingBy(q -> q.type().id(), java.util.TreeMap::new, Collectors.counting()));
        return new GiftCheck(r.questions().size(), byType, r.questions().stream().map(q -> q.id()).toList(), r.problems());
    }

    private BankVersion version(String code, Integer versionNo) {
        if (versionNo == null) {
            return current(code);
        }
        return banks.history(code).stream().filter(b -> b.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new ItemNotFoundException("The quiz of '" + code + "' has no version " + versionNo + "."));
    }

    private String name(Map<Long, String> names, long personId) {
        return names.computeIfAbsent(personId, id -> people.byId(id).map(Person::getDisplayName).orElse("(unknown)"));
    }

    private BankVersion current(String code) {
        return banks.current(code).orElseThrow(() -> new ItemNotFoundException("The course '" + code + "' has no quiz."));
    }
}
