package org.maple.course.boundary;

import java.time.LocalDateTime;

/** Fired once when a person completes a course (an enrolment), after the rule says so. */
public record CourseCompleted(long personId, long enrolmentId, String courseCode, int versionNo,
        LocalDateTime completedAt) {
}
