package org.maple.quiz.boundary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Fired once when a quiz attempt is graded (on submission, on time-out, or again on a regrade with
 * {@code regrade = true}). Carries every question's result with its objective and DANOS codes, for
 * the competency feature.
 *
 * @param score 0–100
 */
public record AttemptGraded(long personId, long attemptId, String courseCode, int courseVersion, int attemptNo,
        double score, boolean passed, LocalDateTime gradedAt, boolean regrade, List<GradedQuestion> questions) implements java.io.Serializable {
}
