package org.maple.course.entity;

import java.time.LocalDate;

/** Where a person stands on an assigned course. */
public enum CourseStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETE("Complete"), OVERDUE("Overdue"),
    /** Completed, but the completion's certificate has expired (see {@code CompletionValidity}). */
    EXPIRED("Certificate expired"),
    /** Completed, but the completion's certificate was revoked. */
    REVOKED("Certificate revoked");

    private final String label;

    CourseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The rule: complete once completed; otherwise overdue after the due date (if any); otherwise
     * in progress when any lesson is done or the course was opened, else not started.
     */
    public static CourseStatus of(boolean complete, boolean started, LocalDate due, LocalDate today) {
        if (complete) {
            return COMPLETE;
        }
        if (due != null && today.isAfter(due)) {
            return OVERDUE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }

    /** Due date = start date + the course's due days; none when the course sets no due days. */
    public static LocalDate dueDate(LocalDate startDate, Integer dueDays) {
        return dueDays == null || startDate == null ? null : startDate.plusDays(dueDays);
    }
}
