package org.maple.quiz.boundary;

import java.time.LocalDateTime;
import java.util.List;

import org.maple.quiz.entity.ReviewQuestion;
import org.maple.quiz.entity.SheetQuestion;

/** What the quiz services give out (never entities). */
public final class QuizRecords {

    private QuizRecords() {
    }

    /** A learner's quiz for one course: rules, where they are, their attempts. */
    public record QuizOverview(String courseCode, String courseTitle, boolean hasQuiz, int questionCount,
            int passMark, int attemptsAllowed, int attemptsUsed, int timeLimitMinutes, String feedbackPolicy,
            boolean passed, Double bestPercent, Long openAttemptId, boolean canStart, String whyNot,
            List<AttemptSummary> attempts) implements java.io.Serializable {

        public int attemptsLeft() {
            return Math.max(0, attemptsAllowed - attemptsUsed);
        }
    }

    /** One attempt in a list. */
    public record AttemptSummary(long id, int attemptNo, LocalDateTime startedAt, LocalDateTime submittedAt,
            Double percent, Boolean passed, String closedBy) implements java.io.Serializable {

        public boolean open() {
            return passed == null;
        }
    }

    /** An open attempt's questions, as the learner sees them, with the answers saved so far. */
    public record AttemptSheet(long id, String courseCode, String courseTitle, int attemptNo, int attemptsAllowed,
            int passMark, LocalDateTime deadline, Long secondsLeft, boolean open, int answered,
            List<SheetQuestion> questions) implements java.io.Serializable {
    }

    /** What saving one answer did. */
    public record AnswerSaved(String questionId, boolean answered, LocalDateTime savedAt, int answeredCount,
            int questionCount) implements java.io.Serializable {
    }

    /** A graded attempt: score, pass/fail and the review the feedback policy allows. */
    public record AttemptOutcome(long id, String courseCode, String courseTitle, int attemptNo, double percent,
            boolean passed, int passMark, String closedBy, LocalDateTime submittedAt, boolean quizPassed,
            boolean courseComplete, int attemptsLeft, boolean answersShown, List<ReviewQuestion> questions) implements java.io.Serializable {
    }
}
