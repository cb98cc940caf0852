package org.maple.quiz.entity;

import java.util.List;

/**
 * The graded outcome of one question of an attempt: {@code earned} out of {@code possible} credit
 * (exact, so the attempt's percentage can be computed without rounding drift), whether anything was
 * answered, and the feedback texts that belong to what the learner chose (safe to show under the
 * standard policy: they never name a right answer the learner did not give).
 */
public record QuestionResult(String questionId, String objective, List<String> danos, int earned,
        int possible, boolean answered, List<String> feedback) implements java.io.Serializable {

    public QuestionResult {
        if (possible < 1 || earned < 0 || earned > possible) {
            throw new IllegalArgumentException("credit " + earned + "/" + possible);
        }
        danos = List.copyOf(danos);
        feedback = List.copyOf(feedback);
    }

    /** The score in [0, 1]. */
    public double score() {
        return (double) earned / possible;
    }

    /** Whether the question earned full credit. */
    public boolean correct() {
        return earned == possible;
    }
}
