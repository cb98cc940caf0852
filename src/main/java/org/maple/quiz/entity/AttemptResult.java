package org.maple.quiz.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A graded attempt: per-question results in paper order, the mean score as a percentage rounded
 * half-up to one decimal, and whether that percentage reaches the pass mark.
 */
public record AttemptResult(List<QuestionResult> questions, BigDecimal percent, boolean passed) implements java.io.Serializable {

    public AttemptResult {
        questions = List.copyOf(questions);
    }
}
