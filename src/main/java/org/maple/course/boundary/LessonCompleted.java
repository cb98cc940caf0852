package org.maple.course.boundary;

import java.time.LocalDateTime;

/** Fired when a person marks a lesson done for the first time. */
public record LessonCompleted(long personId, long enrolmentId, String courseCode, String lessonKey,
        LocalDateTime completedAt) implements java.io.Serializable {
}
