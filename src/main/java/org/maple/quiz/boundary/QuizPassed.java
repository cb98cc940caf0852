package org.maple.quiz.boundary;

import java.time.LocalDateTime;

/** Fired once when a person first passes a course's quiz (in an enrolment), after {@link AttemptGraded}. */
public record QuizPassed(long personId, long attemptId, long enrolmentId, String courseCode, int bankVersion,
        double score, LocalDateTime passedAt) implements java.io.Serializable {
}
