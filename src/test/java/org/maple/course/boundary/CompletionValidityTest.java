package org.maple.course.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maple.course.boundary.CompletionValidity.Certified;
import org.maple.course.boundary.CompletionValidity.State;
import org.maple.course.entity.CourseStatus;

/** Issue 6: how a certificate's expiry or revocation shows in course views. */
class CompletionValidityTest {

    static final LocalDate DONE = LocalDate.of(2024, 3, 1);

    static Certified cert(long enrolment, State state, LocalDate completed) {
        return new Certified(7, enrolment, "c1", completed, state, completed.plusMonths(24),
                state == State.REVOKED ? completed.plusDays(3) : null, "CODE-" + enrolment);
    }

    @Test
    void aCompletedCourseShowsItsCertificatesExpiryOrRevocation() {
        assertEquals(CourseStatus.COMPLETE, CompletionValidity.statusOf(CourseStatus.COMPLETE, 1L, List.of(cert(1, State.VALID, DONE))));
        assertEquals(CourseStatus.EXPIRED, CompletionValidity.statusOf(CourseStatus.COMPLETE, 1L, List.of(cert(1, State.EXPIRED, DONE))));
        assertEquals(CourseStatus.REVOKED, CompletionValidity.statusOf(CourseStatus.COMPLETE, 1L, List.of(cert(1, State.REVOKED, DONE))));
        assertEquals(CourseStatus.COMPLETE, CompletionValidity.statusOf(CourseStatus.COMPLETE, 2L, List.of(cert(1, State.EXPIRED, DONE))),
                "a new completion not certified yet is complete");
        assertEquals(CourseStatus.COMPLETE, CompletionValidity.statusOf(CourseStatus.COMPLETE, 1L, List.of()), "no certificate feature");
    }

    @Test
    void aRenewalUnderWayShowsThePreviousCertificateLapsedUntilItIsCompleteOrOverdue() {
        List<Certified> earlier = List.of(cert(1, State.EXPIRED, DONE));
        assertEquals(CourseStatus.EXPIRED, CompletionValidity.statusOf(CourseStatus.IN_PROGRESS, 2L, earlier));
        assertEquals(CourseStatus.EXPIRED, CompletionValidity.statusOf(CourseStatus.NOT_STARTED, 2L, earlier));
        assertEquals(CourseStatus.OVERDUE, CompletionValidity.statusOf(CourseStatus.OVERDUE, 2L, earlier), "overdue says more");
        assertEquals(CourseStatus.IN_PROGRESS, CompletionValidity.statusOf(CourseStatus.IN_PROGRESS, 2L,
                List.of(cert(1, State.VALID, DONE))), "still valid: the renewal is simply in progress");
        assertEquals(CourseStatus.IN_PROGRESS, CompletionValidity.statusOf(CourseStatus.IN_PROGRESS, 3L,
                List.of(cert(1, State.EXPIRED, DONE), cert(2, State.VALID, DONE.plusYears(2)))), "the newest completion decides");
        assertEquals(CourseStatus.NOT_STARTED, CompletionValidity.statusOf(CourseStatus.NOT_STARTED, null, earlier));
    }

    @Test
    void aCompletionEndsTheDayAfterItsCertificatesExpiryOrOnTheCompletionDayWhenRevoked() {
        assertEquals(DONE.plusMonths(24).plusDays(1), cert(1, State.VALID, DONE).endsOn());
        assertEquals(DONE, cert(1, State.REVOKED, DONE).endsOn());
        assertNull(new Certified(7, 1, "c1", DONE, State.VALID, null, null, "X").endsOn(), "no expiry");
    }
}
