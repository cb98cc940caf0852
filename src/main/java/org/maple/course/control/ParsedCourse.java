package org.maple.course.control;

import java.util.List;

/**
 * One valid course as read from {@code content/<id>/}: the fields of course.yaml, its lessons in
 * reading order, and {@code contentHash}, which changes exactly when a file of the course changes
 * (the loader makes a new course version then). Optional numbers are {@code null} when absent;
 * DANOS codes are current unit codes (aliases and versioned codes resolved).
 */
public record ParsedCourse(String id, String title, String summary, String audience,
        int estimatedMinutes, boolean induction, Integer dueDays, List<String> assignedTo,
        Integer refreshMonths, List<String> danos, List<Objective> objectives, List<Source> sources,
        List<ParsedLesson> lessons, String contentHash) {

    /** A course learning objective; the quiz draws questions per objective id. */
    public record Objective(String id, String text) {
    }

    /** A document the course is written from; {@code file} is empty for a public reference. */
    public record Source(String id, String cite, String file) {
    }

    public ParsedCourse {
        assignedTo = List.copyOf(assignedTo);
        danos = List.copyOf(danos);
        objectives = List.copyOf(objectives);
        sources = List.copyOf(sources);
        lessons = List.copyOf(lessons);
    }
}
