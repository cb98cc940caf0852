package org.maple.course.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CourseStatusTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Test
    void dueDateIsTheStartDatePlusTheCoursesDueDays() {
        assertEquals(LocalDate.of(2026, 9, 29), CourseStatus.dueDate(START, 28));
        assertEquals(LocalDate.of(2027, 3, 1), CourseStatus.dueDate(LocalDate.of(2026, 12, 31), 60));
        assertEquals(LocalDate.of(2025, 3, 14), CourseStatus.dueDate(LocalDate.of(2025, 1, 31), 42), "across a short month");
        assertEquals(LocalDate.of(2024, 3, 1), CourseStatus.dueDate(LocalDate.of(2024, 2, 28), 2), "across a leap day");
        assertNull(CourseStatus.dueDate(START, null));
        assertNull(CourseStatus.dueDate(null, 28), "no start date, no due date");
    }

    @Test
    void statusFollowsCompletionThenDueDateThenStarted() {
        LocalDate due = CourseStatus.dueDate(START, 28);
        assertEquals(CourseStatus.NOT_STARTED, CourseStatus.of(false, false, due, due));
        assertEquals(CourseStatus.IN_PROGRESS, CourseStatus.of(false, true, due, due), "due today is not yet overdue");
        assertEquals(CourseStatus.OVERDUE, CourseStatus.of(false, true, due, due.plusDays(1)));
        assertEquals(CourseStatus.OVERDUE, CourseStatus.of(false, false, due, due.plusDays(1)));
        assertEquals(CourseStatus.COMPLETE, CourseStatus.of(true, true, due, due.plusDays(100)), "complete is never overdue");
        assertEquals(CourseStatus.IN_PROGRESS, CourseStatus.of(false, true, null, due.plusYears(5)), "no due date, never overdue");
    }
}
