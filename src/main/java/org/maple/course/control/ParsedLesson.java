package org.maple.course.control;

import java.util.List;

/**
 * One lesson of a {@link ParsedCourse}: {@code key} is the file name without {@code .md} (the
 * lesson's stable id), {@code position} its 1-based place in the course. {@code markdown} is the
 * body after the front matter and {@code bodyLine} the file line it starts on. {@code danos} holds
 * current unit codes; {@code sources} are as written ("S0: section").
 */
public record ParsedLesson(String key, int position, String title, int minutes,
        List<String> objectives, List<String> courseObjectives, List<String> danos,
        List<String> sources, String markdown, int bodyLine) {

    public ParsedLesson {
        objectives = List.copyOf(objectives);
        courseObjectives = List.copyOf(courseObjectives);
        danos = List.copyOf(danos);
        sources = List.copyOf(sources);
    }

    /** The lesson's file name. */
    public String fileName() {
        return key + ".md";
    }
}
