package org.maple.course.boundary;

/**
 * Fired by the {@link CompletionValidity} implementation when a completion's standing changed other
 * than by the passing of time: its certificate was issued, reissued or revoked.
 */
public record CompletionValidityChanged(long personId, long enrolmentId, String courseCode) implements java.io.Serializable {
}
