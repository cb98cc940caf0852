package org.maple.course.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an induction course is due: the staff member's start date plus the course's
 * {@code dueDays}.
 */
public final class DueDates {

    private DueDates() {
    }

    /** The due date of a course with {@code dueDays} for someone who started on {@code startDate}. */
    public static LocalDate dueDate(LocalDate startDate, int dueDays) {
        Objects.requireNonNull(startDate, "startDate");
        if (dueDays < 0) {
            throw new IllegalArgumentException("dueDays must not be negative: " + dueDays);
        }
        return startDate.plusDays(dueDays);
    }
}
