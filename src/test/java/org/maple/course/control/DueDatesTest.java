package org.maple.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The induction due-date rule. */
class DueDatesTest {

    @Test
    void dueDateIsStartPlusDueDays() {
        assertEquals(LocalDate.of(2025, 3, 14), DueDates.dueDate(LocalDate.of(2025, 1, 31), 42));
        assertEquals(LocalDate.of(2024, 3, 1), DueDates.dueDate(LocalDate.of(2024, 2, 28), 2));
        assertEquals(LocalDate.of(2025, 1, 31), DueDates.dueDate(LocalDate.of(2025, 1, 31), 0));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DueDates.dueDate(LocalDate.of(2025, 1, 1), -1));
    }
}
