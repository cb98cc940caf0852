package org.maple.course.boundary;

import java.nio.file.Path;
import java.util.List;

import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.FileProblem;

/**
 * Fired, in the loading transaction and under the cluster-wide {@code content-load} lock, after the
 * courses under {@code root} were loaded (at start and on every reload). Features with their own
 * files beside {@code content/} (the quiz banks in {@code quizzes/}) load them then, and add what
 * they created and the problems they found to the two mutable lists, which the course feature
 * reports and keeps with its own. {@code framework} and {@code courses} are what the load parsed
 * (the valid course folders), so no observer needs to parse the content again.
 */
public record ContentLoaded(Path root, DanosFramework framework, List<LoadedCourse> courses, List<String> newVersions,
        List<FileProblem> problems) implements java.io.Serializable {

    /** A valid course folder as the load read it: its id, content hash and lesson keys in reading order ({@code <key>.md}). */
    public record LoadedCourse(String code, String contentHash, List<String> lessonKeys) implements java.io.Serializable {
    }

    /** Whether a DANOS code is accepted by the framework (any code when the framework did not load). */
    public boolean danosKnown(String code) {
        return framework == null || framework.lookup(code).accepted();
    }
}
