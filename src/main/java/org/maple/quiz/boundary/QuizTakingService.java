package org.maple.quiz.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.boundary.LearningService;
import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.Enrolment;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.boundary.QuizRecords.AnswerSaved;
import org.maple.quiz.boundary.QuizRecords.AttemptOutcome;
import org.maple.quiz.boundary.QuizRecords.AttemptSheet;
import org.maple.quiz.boundary.QuizRecords.AttemptSummary;
import org.maple.quiz.boundary.QuizRecords.QuizOverview;
import org.maple.quiz.control.AttemptRepository;
import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.control.PaperLayout;
import org.maple.quiz.control.QuizDraw;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptGrant;
import org.maple.quiz.entity.AttemptPaper;
import org.maple.quiz.entity.AttemptPaper.Presentation;
import org.maple.quiz.entity.BankVersion;
import org.maple.quiz.entity.FeedbackPolicy;
import org.maple.quiz.entity.GivenAnswer;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuizAttempt;
import org.maple.quiz.entity.QuizSettings;
import org.maple.quiz.entity.ReviewQuestion;
import org.maple.quiz.entity.Scenario;
import org.maple.quiz.entity.SheetQuestion;

/**
 * A learner taking a course's quiz: see the rules and past attempts, start (or resume) an attempt,
 * save each answer as it is given, submit, see the result. Only the attempt's owner reaches it
 * (anyone else gets 404). Starts and submits are serialised by row locks, so a double click, a
 * refresh or two tabs can neither grade twice nor pass the attempt or time limits. Role: any staff.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class QuizTakingService {

    /** Answers arriving this long after the deadline still count (network delay). */
    static final Duration GRACE = Duration.ofSeconds(15);

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    CallerService caller;

    @Inject
    LearningService learning;

    @Inject
    BankRepository banks;

    @Inject
    AttemptRepository attempts;

    @Inject
    BankCache cache;

    @Inject
    QuizGrading grading;

    @Inject
    Clock clock;

    /** Use case: the quiz of a course for me: rules, attempts, whether I can start one. */
    public QuizOverview overview(String code) {
        Optional<Enrolment> e = learning.findMyEnrolment(code); // looking at the quiz starts nothing
        Optional<BankVersion> bank = banks.current(code);
        String title = e.map(x -> x.getCourseVersion().getTitle()).or(() -> banks.currentCourse(code).map(CourseVersion::getTitle))
                .orElseThrow(() -> new ItemNotFoundException("There is no course '" + shorten(code) + "'."));
        if (bank.isEmpty()) {
            return new QuizOverview(code, title, false, 0, 0, 0, 0, 0, "", false, null, null, false,
                    "This course has no quiz.", List.of());
        }
        QuizSettings s = cache.bank(bank.get()).settings();
        List<QuizAttempt> mine = e.map(x -> closeOverdue(attempts.ofEnrolment(x.getId()))).orElse(List.of());
        int allowed = allowed(s, e.map(x -> x.getPerson().getId()).orElseGet(() -> caller.current().getId()), code);
        boolean passed = mine.stream().anyMatch(QuizAttempt::hasPassed);
        Double best = mine.stream().filter(a -> a.getPercent() != null).map(a -> a.getPercent().doubleValue())
                .max(Double::compare).orElse(null);
        Long open = mine.stream().filter(QuizAttempt::isOpen).map(QuizAttempt::getId).findFirst().orElse(null);
        String whyNot = passed ? "You have passed this quiz."
                : open == null && mine.size() >= allowed ? outOfAttempts(allowed) : null;
        int drawn = QuizDraw.size(cache.bank(bank.get()).questions(), s);
        List<AttemptSummary> list = mine.stream().map(QuizTakingService::summary).toList();
        return new QuizOverview(code, title, true, drawn, s.passMark(), allowed, mine.size(), s.timeLimitMinutes(),
                s.feedback().id(), passed, best, open, whyNot == null, whyNot, list);
    }

    /**
     * Use case: start an attempt, or resume the open one. Freezes the bank version, the draw and the
     * layout. Refused (409) after a pass or when no attempt is left.
     */
    public AttemptSheet start(String code) {
        Enrolment e = learning.myEnrolment(code);
        attempts.lock(e);
        BankVersion bank = banks.current(code)
                .orElseThrow(() -> new ItemNotFoundException("This course has no quiz."));
        AttemptRepository.Standing standing = attempts.standing(e.getId());
        if (standing.openId() != null) {
            QuizAttempt open = attempts.find(standing.openId()).orElseThrow();
            closeIfOverdue(open);
            if (open.isOpen()) {
                return sheet(open);
            }
            standing = attempts.standing(e.getId()); // it has just been graded as out of time
        }
        if (standing.passed()) {
            throw new AttemptLimitReachedException("You have already passed this quiz.");
        }
        QuestionBank b = cache.bank(bank);
        QuizSettings s = b.settings();
        long personId = e.getPerson().getId();
        int allowed = allowed(s, personId, code);
        if (standing.attempts() >= allowed) {
            throw new AttemptLimitReachedException(outOfAttempts(allowed));
        }
        long seed = SEEDS.nextLong();
        AttemptPaper paper = QuizDraw.draw(b, s, seed);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime deadline = s.timeLimitMinutes() == 0 ? null
                : now.plusMinutes(s.timeLimitMinutes() + extraMinutes(personId, code));
        QuizAttempt a = new QuizAttempt(personId, e.getId(), code, bank, standing.attempts() + 1, seed, paper, s.passMark(),
                now, deadline);
        attempts.persist(a);
        return sheet(a, Map.of(), allowed); // a new attempt: nothing answered yet
    }

    /** Use case: an attempt's questions with my answers so far (a graded attempt comes back closed). */
    public AttemptSheet attempt(long attemptId) {
        QuizAttempt a = mine(attempts.find(attemptId));
        closeIfOverdue(a);
        return sheet(a);
    }

    /** Use case: save one answer as it is given; refused (409) once the attempt is closed or out of time. */
    public AnswerSaved saveAnswer(long attemptId, String questionId, GivenAnswer given) {
        QuizAttempt a = mine(attempts.lock(attemptId));
        LocalDateTime now = LocalDateTime.now(clock);
        requireOpen(a, now);
        Presentation p = a.paper().presentation(questionId)
                .orElseThrow(() -> new ItemNotFoundException("This attempt has no question '" + shorten(questionId) + "'."));
        Question q = question(a, questionId);
        Answer answer = canonical(q, p, given);
        int count = (int) attempts.saveAnswers(a.getId(), Map.of(questionId, answer), now).values().stream()
                .filter(Answer::given).count();
        return new AnswerSaved(questionId, answer.given(), now, count, a.paper().questions().size());
    }

    /**
     * Use case: submit (optionally with last answers given with it) and grade. Idempotent: a second
     * submit of a graded attempt returns the same result and grades nothing.
     */
    public AttemptOutcome submit(long attemptId, Map<String, GivenAnswer> lastAnswers) {
        QuizAttempt a = mine(attempts.lock(attemptId));
        LocalDateTime now = LocalDateTime.now(clock);
        if (!a.isOpen()) {
            return outcome(a, attempts.answerMap(a.getId()), attempts.standing(a.getEnrolmentId()));
        }
        boolean inTime = !a.isOverdue(now.minus(GRACE));
        Map<String, Answer> answers;
        if (inTime && lastAnswers != null && !lastAnswers.isEmpty()) {
            Map<String, Answer> canonical = new LinkedHashMap<>();
            for (Map.Entry<String, GivenAnswer> given : lastAnswers.entrySet()) {
                Presentation p = a.paper().presentation(given.getKey())
                        .orElseThrow(() -> new InvalidInputException("This attempt has no question '" + shorten(given.getKey()) + "'."));
                canonical.put(given.getKey(), canonical(question(a, given.getKey()), p, given.getValue()));
            }
            answers = attempts.saveAnswers(a.getId(), canonical, now);
        } else {
            answers = attempts.answerMap(a.getId());
        }
        AttemptRepository.Standing before = grading.grade(a, inTime ? QuizAttempt.BY_LEARNER : QuizAttempt.BY_TIME,
                inTime ? now : a.getDeadline(), answers);
        // this attempt was already counted; it may be the pass
        return outcome(a, answers, new AttemptRepository.Standing(before.attempts(), before.passed() || a.hasPassed(), null));
    }

    /** Use case: the result of one of my graded attempts. */
    public AttemptOutcome result(long attemptId) {
        QuizAttempt a = mine(attempts.find(attemptId));
        closeIfOverdue(a);
        if (a.isOpen()) {
            throw new AttemptClosedException("This attempt has not been submitted yet.");
        }
        return outcome(a, attempts.answerMap(a.getId()), attempts.standing(a.getEnrolmentId()));
    }

    /** The result of a graded attempt, given its answers and where the enrolment's attempts now stand. */
    private AttemptOutcome outcome(QuizAttempt a, Map<String, Answer> answers, AttemptRepository.Standing all) {
        QuestionBank bank = cache.bank(a.getBank());
        int allowed = allowed(bank.settings(), a.getPersonId(), a.getCourseCode());
        boolean quizPassed = all.passed();
        int left = quizPassed ? 0 : Math.max(0, allowed - all.attempts());
        FeedbackPolicy.Reveal reveal = bank.settings().feedback().reveal(quizPassed, left > 0);
        List<ReviewQuestion> review = new ArrayList<>();
        int i = 1;
        // reviewed against the questions that gave the score: after a regrade, the corrected ones
        QuestionBank graded = cache.bank(a.gradingBank());
        for (Question q : grading.questions(a, graded)) {
            Answer given = answers.getOrDefault(q.id(), Answer.NONE);
            Scenario scenario = q.scenarioId() == null ? null
                    : graded.scenario(q.scenarioId()).or(() -> bank.scenario(q.scenarioId())).orElse(null);
            review.add(PaperLayout.review(i++, q, scenario,
                    given, org.maple.quiz.control.Grader.grade(q, given), reveal));
        }
        boolean complete = learning.isComplete(a.getEnrolmentId());
        return new AttemptOutcome(a.getId(), a.getCourseCode(), title(a), a.getAttemptNo(), a.getPercent().doubleValue(),
                a.hasPassed(), a.getPassMark(), a.getClosedBy(), a.getSubmittedAt(), quizPassed, complete, left,
                reveal.correctAnswers(), review);
    }

    private AttemptSheet sheet(QuizAttempt a) {
        return sheet(a, attempts.answerMap(a.getId()), allowed(cache.bank(a.getBank()).settings(), a.getPersonId(), a.getCourseCode()));
    }

    private AttemptSheet sheet(QuizAttempt a, Map<String, Answer> answers, int allowed) {
        QuestionBank bank = cache.bank(a.getBank());
        List<SheetQuestion> questions = new ArrayList<>();
        int i = 1;
        int answered = 0;
        for (Presentation p : a.paper().questions()) {
            Question q = question(a, p.questionId());
            SheetQuestion sq = PaperLayout.sheet(i++, q, q.scenarioId() == null ? null : bank.scenario(q.scenarioId()).orElse(null),
                    p, answers.get(q.id()));
            answered += sq.answered() ? 1 : 0;
            questions.add(sq);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Long left = a.getDeadline() == null || !a.isOpen() ? null
                : Math.max(0, Duration.between(now, a.getDeadline()).toSeconds());
        return new AttemptSheet(a.getId(), a.getCourseCode(), title(a), a.getAttemptNo(),
                allowed, a.getPassMark(), a.getDeadline(), left,
                a.isOpen(), answered, questions);
    }

    private String title(QuizAttempt a) {
        return banks.currentCourse(a.getCourseCode()).map(CourseVersion::getTitle).orElse(a.getCourseCode());
    }

    private Question question(QuizAttempt a, String id) {
        return cache.bank(a.getBank()).question(id)
                .orElseThrow(() -> new IllegalStateException("attempt " + a.getId() + " refers to a missing question " + id));
    }

    private static Answer canonical(Question q, Presentation p, GivenAnswer given) {
        try {
            return PaperLayout.toCanonical(q, p, given);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private QuizAttempt mine(Optional<QuizAttempt> attempt) {
        Person me = caller.current();
        return attempt.filter(a -> a.getPersonId() == me.getId())
                .orElseThrow(() -> new ItemNotFoundException("There is no such attempt."));
    }

    private void requireOpen(QuizAttempt a, LocalDateTime now) {
        if (!a.isOpen()) {
            throw new AttemptClosedException("This attempt has been submitted; its answers can no longer change.");
        }
        if (a.isOverdue(now.minus(GRACE))) {
            throw new AttemptClosedException("The time limit for this attempt has passed; it will be graded with the answers saved in time.");
        }
    }

    private List<QuizAttempt> closeOverdue(List<QuizAttempt> list) {
        list.forEach(this::closeIfOverdue);
        return list;
    }

    private void closeIfOverdue(QuizAttempt a) {
        if (a.isOpen() && a.isOverdue(LocalDateTime.now(clock).minus(GRACE))) {
            attempts.lock(a.getId());
            grading.grade(a, QuizAttempt.BY_TIME, a.getDeadline());
        }
    }

    private int allowed(QuizSettings s, long personId, String code) {
        return s.maxAttempts() + attempts.grants(personId, code).stream().mapToInt(AttemptGrant::getExtraAttempts).sum();
    }

    private int extraMinutes(long personId, String code) {
        return attempts.grants(personId, code).stream().mapToInt(AttemptGrant::getExtraMinutes).sum();
    }

    private static String outOfAttempts(int allowed) {
        return "You have used all " + allowed + " attempts. Your manager or a trainer can grant you another.";
    }

    private static AttemptSummary summary(QuizAttempt a) {
        return new AttemptSummary(a.getId(), a.getAttemptNo(), a.getStartedAt(), a.getSubmittedAt(),
                a.getPercent() == null ? null : a.getPercent().doubleValue(), a.getPassed(), a.getClosedBy());
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
