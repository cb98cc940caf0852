package org.maple.quiz.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a course's quiz is drawn, limited, passed and explained. {@link #DEFAULTS} holds the
 * defaults of quizzes/README.md; a time limit of 0 means none.
 */
public record QuizSettings(int perObjective, int passMark, int maxAttempts, boolean shuffleQuestions,
        boolean shuffleOptions, int timeLimitMinutes, FeedbackPolicy feedback) implements java.io.Serializable {

    public static final QuizSettings DEFAULTS = new QuizSettings(2, 80, 3, true, true, 0, FeedbackPolicy.STANDARD);

    public QuizSettings {
        if (perObjective < 1 || passMark < 0 || passMark > 100 || maxAttempts < 1 || timeLimitMinutes < 0) {
            throw new IllegalArgumentException("quiz settings out of range");
        }
        Objects.requireNonNull(feedback, "feedback");
    }

    /** Whether a percentage (as shown, one decimal) passes. */
    public boolean passes(BigDecimal percent) {
        return percent.compareTo(BigDecimal.valueOf(passMark)) >= 0;
    }
}
