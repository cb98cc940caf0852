package org.maple.course.boundary;

import java.time.LocalDateTime;

/**
 * Fired once when a person completes a course (an enrolment), after the rule says so.
 *
 * @param score the quiz score (0–100) that counted towards completion, or {@code null} when the
 *              course has no quiz
 */
public record CourseCompleted(long personId, long enrolmentId, String courseCode, int versionNo,
        LocalDateTime completedAt, Double score) implements java.io.Serializable {
}
