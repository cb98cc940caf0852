package org.maple.course.entity;

/**
 * A problem found in a content or question-bank file: which file (relative to the content root,
 * e.g. {@code content/smart-recovery/course.yaml}), which line (1-based; 0 when the whole file is
 * concerned) and why, in words an author can act on.
 */
public record FileProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
