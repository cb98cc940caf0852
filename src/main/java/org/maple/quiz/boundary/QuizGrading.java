package org.maple.quiz.boundary;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.maple.course.boundary.LearningService;
import org.maple.quiz.control.AttemptRepository;
import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.Grader;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptResult;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionResult;
import org.maple.quiz.entity.QuestionScore;
import org.maple.quiz.entity.QuizAttempt;
import org.maple.quiz.entity.Question;

/**
 * Grades an attempt on the server (the only place answers are compared with the key), stores each
 * question's credit, and tells the rest of MAPLE: {@link AttemptGraded} always, {@link QuizPassed}
 * on the enrolment's first pass, then asks the course whether it is now complete. Runs in the
 * calling service's transaction, with the attempt row locked by the caller.
 */
@Dependent
public class QuizGrading {

    @Inject
    AttemptRepository attempts;

    @Inject
    BankCache cache;

    @Inject
    LearningService learning;

    @Inject
    Event<AttemptGraded> graded;

    @Inject
    Event<QuizPassed> passed;

    /** Grades an open attempt; does nothing to one already graded. */
    void grade(QuizAttempt a, String closedBy, LocalDateTime at) {
        if (a.isOpen()) {
            grade(a, closedBy, at, attempts.answerMap(a.getId()));
        }
    }

    /**
     * Grades an open attempt with its saved answers (as just read by the caller) and returns where the
     * enrolment's attempts stood before it.
     */
    AttemptRepository.Standing grade(QuizAttempt a, String closedBy, LocalDateTime at, Map<String, Answer> answers) {
        AttemptRepository.Standing before = attempts.standing(a.getEnrolmentId());
        AttemptResult r = Grader.grade(questions(a, cache.bank(a.getBank())), answers, a.getPassMark());
        a.grade(r.percent(), r.passed(), at, closedBy);
        announce(a, r, at, false, before.passed());
        return before;
    }

    /** Grades the attempt's answers against {@code bank}'s questions (the attempt's own, or a corrected version). */
    AttemptResult mark(QuizAttempt a, QuestionBank bank) {
        return Grader.grade(questions(a, bank), attempts.answerMap(a.getId()), a.getPassMark());
    }

    /**
     * The attempt's questions in paper order as {@code bank} has them: a corrected question where it
     * has the same shape as the one the learner answered, else the attempt's own.
     */
    List<Question> questions(QuizAttempt a, QuestionBank bank) {
        QuestionBank own = cache.bank(a.getBank());
        List<Question> questions = new ArrayList<>();
        for (String id : a.paper().questionIds()) {
            questions.add(bank.question(id).filter(q -> sameShape(q, own.question(id).orElse(null)))
                    .or(() -> own.question(id))
                    .orElseThrow(() -> new IllegalStateException("attempt " + a.getId() + " lost question " + id)));
        }
        return questions;
    }

    /** Stores the per-question credit and fires the events after a grade or a regrade. */
    void announce(QuizAttempt a, AttemptResult r, LocalDateTime at, boolean regrade, boolean passedBefore) {
        List<QuestionScore> scores = new ArrayList<>();
        List<GradedQuestion> questions = new ArrayList<>();
        int position = 1;
        for (QuestionResult q : r.questions()) {
            scores.add(new QuestionScore(a.getId(), position++, q));
            questions.add(new GradedQuestion(q.questionId(), q.objective(), q.danos(), q.score(), q.correct()));
        }
        attempts.replaceScores(a.getId(), scores, regrade);
        graded.fire(new AttemptGraded(a.getPersonId(), a.getId(), a.getCourseCode(), a.getBank().getVersionNo(),
                a.getAttemptNo(), r.percent().doubleValue(), r.passed(), at, regrade, List.copyOf(questions)));
        if (r.passed() && !passedBefore) {
            passed.fire(new QuizPassed(a.getPersonId(), a.getId(), a.getEnrolmentId(), a.getCourseCode(),
                    a.getBank().getVersionNo(), r.percent().doubleValue(), at));
            learning.reviewCompletion(a.getEnrolmentId());
        }
    }

    /**
     * Whether a corrected question can grade an answer given to the original: same type and the
     * same number of parts (so canonical indexes still point at the same things).
     */
    static boolean sameShape(Question corrected, Question original) {
        return original != null && corrected.type() == original.type() && corrected.partCount() == original.partCount()
                && corrected.matches().size() == original.matches().size();
    }
}
