package org.maple.course.boundary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.maple.course.entity.CourseStatus;

/**
 * Whether course completions still stand: implemented by a feature above course that certifies
 * completions (the certificate feature; its certificates expire and can be revoked), read by the
 * course views and the competency feature so that an expired or revoked completion shows as such
 * everywhere. Without an implementation every completion stands. The implementation fires
 * {@link CompletionValidityChanged} when a completion's standing changes other than by the date.
 */
public interface CompletionValidity {

    /** Where a certified completion stands on a given day. */
    enum State {
        VALID, EXPIRED, REVOKED
    }

    /**
     * The standing of one completion (one enrolment): its newest certificate that is not superseded.
     *
     * @param expiresOn the last day it is valid, or null for no expiry
     * @param revokedOn the day it was revoked, or null
     */
    record Certified(long personId, long enrolmentId, String courseCode, LocalDate completedOn, State state,
            LocalDate expiresOn, LocalDate revokedOn, String certificateCode) implements java.io.Serializable {

        /** The first day on which the completion no longer counts: the day after expiry; the completion day when revoked. */
        public LocalDate endsOn() {
            if (state == State.REVOKED) {
                return completedOn;
            }
            return expiresOn == null ? null : expiresOn.plusDays(1);
        }
    }

    /** The certified completions of the given people (everyone when null), one per enrolment, as on {@code today}. */
    List<Certified> completions(Collection<Long> personIds, LocalDate today);

    /**
     * The rule for course views: a completed latest enrolment whose certificate has expired or was
     * revoked shows {@link CourseStatus#EXPIRED} or {@link CourseStatus#REVOKED}; so does a renewal
     * (a later enrolment) not yet complete nor overdue while the previous completion's certificate
     * has lapsed. Anything else keeps {@code base}.
     *
     * @param ofCourse the person's certified completions in this course (any order)
     */
    static CourseStatus statusOf(CourseStatus base, Long latestEnrolmentId, List<Certified> ofCourse) {
        if (base != CourseStatus.COMPLETE && base != CourseStatus.NOT_STARTED && base != CourseStatus.IN_PROGRESS) {
            return base;
        }
        Certified c = relevant(base == CourseStatus.COMPLETE, latestEnrolmentId, ofCourse);
        return c == null ? base : lapsed(c.state(), base);
    }

    /**
     * The certificate a course view's status rests on: the latest enrolment's when it is complete,
     * otherwise the newest earlier completion's (null when there is none).
     */
    static Certified relevant(boolean latestComplete, Long latestEnrolmentId, List<Certified> ofCourse) {
        if (latestEnrolmentId == null || ofCourse == null || ofCourse.isEmpty()) {
            return null;
        }
        if (latestComplete) {
            return ofCourse.stream().filter(c -> c.enrolmentId() == latestEnrolmentId).findFirst().orElse(null);
        }
        return ofCourse.stream().filter(c -> c.enrolmentId() != latestEnrolmentId)
                .max(java.util.Comparator.comparing(Certified::completedOn).thenComparingLong(Certified::enrolmentId))
                .orElse(null);
    }

    private static CourseStatus lapsed(State state, CourseStatus otherwise) {
        return switch (state) {
            case EXPIRED -> CourseStatus.EXPIRED;
            case REVOKED -> CourseStatus.REVOKED;
            case VALID -> otherwise;
        };
    }
}
