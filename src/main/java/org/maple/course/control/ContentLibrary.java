package org.maple.course.control;

import java.util.List;

import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.FileProblem;

/**
 * Everything read from a content root: the DANOS framework, the courses that are valid (sorted by
 * id) and every problem and note found in any file. A broken course is left out of
 * {@code courses} and its problems are listed here.
 */
public record ContentLibrary(DanosFramework framework, List<ParsedCourse> courses,
        List<FileProblem> problems) {

    public ContentLibrary {
        courses = List.copyOf(courses);
        problems = List.copyOf(problems);
    }

    /** The problems that are errors, without the notes. */
    public List<FileProblem> errors() {
        return problems.stream().filter(p -> !p.isNote()).toList();
    }
}
