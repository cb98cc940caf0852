package org.maple.course.entity;

/**
 * A problem found in a content or question-bank file: which file (relative to the content root,
 * e.g. {@code content/smart-recovery/course.yaml}), which line (1-based; 0 when the whole file is
 * concerned) and why, in words an author can act on. A reason starting with {@code "note:"} is
 * information only (for example an accepted alias): it never makes a file invalid.
 */
public record FileProblem(String file, int line, String reason) implements java.io.Serializable {

    /** Prefix of reasons that inform without making the file invalid. */
    public static final String NOTE = "note: ";

    /** True when this is information only, not an error. */
    public boolean isNote() {
        return reason.startsWith("note:");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
