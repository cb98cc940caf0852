package org.maple.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maple.practice.control.MeetingTargetRule.Meeting;
import org.maple.practice.control.MeetingTargetRule.Progress;
import org.maple.practice.control.MeetingTargetRule.Status;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.MeetingTarget;

class MeetingTargetRuleTest {

    static final LocalDate START = LocalDate.of(2026, 1, 10);
    static final MeetingTarget STANDARD = MeetingTarget.standard();

    static Meeting m(String date, Fellowship f) {
        return new Meeting(LocalDate.parse(date), f, null, false);
    }

    static Progress progress(LocalDate today, Meeting... meetings) {
        return MeetingTargetRule.progress(STANDARD, 28, START, List.of(meetings), today);
    }

    @Test
    void threeMeetingsOfTwoKindsInTheFirstThreeMonthsMeetTheDefaultTarget() {
        Progress p = progress(LocalDate.of(2026, 2, 1), m("2026-01-12", Fellowship.AA), m("2026-01-20", Fellowship.AA),
                m("2026-02-01", Fellowship.SMART_RECOVERY));
        assertEquals(Status.MET, p.status());
        assertEquals(3, p.counted());
        assertEquals(2, p.kinds());
        assertEquals(100, p.percent());
        assertTrue(p.summary().contains("target met"));
    }

    @Test
    void threeMeetingsOfOneKindAreNotEnough() {
        Progress p = progress(LocalDate.of(2026, 2, 1), m("2026-01-12", Fellowship.NA), m("2026-01-20", Fellowship.NA),
                m("2026-01-27", Fellowship.NA));
        assertEquals(Status.ON_TRACK, p.status());
        assertEquals(0, p.meetingsToGo());
        assertEquals(1, p.kindsToGo());
        assertTrue(p.summary().contains("1 more kind"), p.summary());
    }

    @Test
    void meetingsOutsideTheWindowDoNotCount() {
        Progress p = progress(LocalDate.of(2026, 5, 1),
                m("2025-12-12", Fellowship.AA),           // 29 days before the start: beyond the 28 days' slack
                m("2025-12-13", Fellowship.CA),           // 28 days before: counts
                m("2026-04-10", Fellowship.NA),           // the last day of the window (start + 3 months)
                m("2026-04-11", Fellowship.SMART_RECOVERY)); // a day too late
        assertEquals(2, p.counted());
        assertEquals(LocalDate.of(2025, 12, 13), p.windowStart());
        assertEquals(LocalDate.of(2026, 4, 10), p.windowEnd());
        assertEquals(Status.MISSED, p.status());
    }

    @Test
    void otherFellowshipsAreToldApartByName() {
        Meeting a = new Meeting(LocalDate.parse("2026-01-15"), Fellowship.OTHER, "Intuitive Recovery", true);
        Meeting b = new Meeting(LocalDate.parse("2026-01-22"), Fellowship.OTHER, " intuitive recovery ", false);
        Meeting c = new Meeting(LocalDate.parse("2026-01-29"), Fellowship.OTHER, "Local peer group", true);
        Progress p = progress(LocalDate.of(2026, 2, 1), a, b, c);
        assertEquals(2, p.kinds());
        assertEquals(2, p.verified());
        assertEquals(Status.MET, p.status());
    }

    @Test
    void aConfiguredTargetIsApplied() {
        MeetingTarget strict = new MeetingTarget(4, 3, 2);
        Progress p = MeetingTargetRule.progress(strict, 0, START, List.of(m("2026-01-09", Fellowship.AA),
                m("2026-01-12", Fellowship.AA), m("2026-01-20", Fellowship.NA), m("2026-02-01", Fellowship.AL_ANON)),
                LocalDate.of(2026, 2, 2));
        assertEquals(3, p.counted(), "no slack: the day before the start does not count");
        assertEquals(Status.ON_TRACK, p.status());
        assertEquals(LocalDate.of(2026, 3, 10), p.windowEnd());
        assertTrue(strict.describe().contains("at least 4 open meetings of at least 3 different kinds in your first 2 months"));
    }

    @Test
    void noMeetingsYetIsZeroPercentAndImpossibleTargetsAreRefused() {
        Progress p = progress(START);
        assertEquals(0, p.percent());
        assertEquals(Status.ON_TRACK, p.status());
        assertThrows(IllegalArgumentException.class, () -> new MeetingTarget(2, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> new MeetingTarget(0, 0, 3));
    }
}
