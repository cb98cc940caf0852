package org.maple.quiz.boundary;

import java.util.List;

/**
 * One question's result inside an {@link AttemptGraded} event.
 *
 * @param questionId the bank's stable question id
 * @param objective  the learning objective id the question tests
 * @param danosCodes the DANOS unit codes the question evidences (current codes)
 * @param score      0.0–1.0 (partial credit possible)
 * @param correct    whether the question earned full marks
 */
public record GradedQuestion(String questionId, String objective, List<String> danosCodes, double score,
        boolean correct) implements java.io.Serializable {
}
