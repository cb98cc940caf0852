package org.maple.authoring.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.maple.course.control.CourseParser;

/**
 * The file paths a course's draft may hold, exactly those the loaders read:
 * {@code content/<course>/course.yaml}, {@code content/<course>/<lesson>.md} and
 * {@code quizzes/<course>.yaml}. Also splits a lesson file into front matter and body.
 */
public final class DraftPaths {

    private static final Pattern LESSON = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}\\.md");

    private DraftPaths() {
    }

    public static String descriptor(String code) {
        return "content/" + code + "/course.yaml";
    }

    public static String lesson(String code, String key) {
        return "content/" + code + "/" + key + ".md";
    }

    public static String bank(String code) {
        return "quizzes/" + code + ".yaml";
    }

    public static boolean validCode(String code) {
        return code != null && CourseParser.ID.matcher(code).matches();
    }

    /** Whether a path is one a draft of this course may hold. */
    public static boolean allowed(String code, String path) {
        if (path == null || !validCode(code)) {
            return false;
        }
        if (path.equals(descriptor(code)) || path.equals(bank(code))) {
            return true;
        }
        String prefix = "content/" + code + "/";
        return path.startsWith(prefix) && LESSON.matcher(path.substring(prefix.length())).matches();
    }

    /** The lesson key of a lesson path, if it is one. */
    public static Optional<String> lessonKey(String code, String path) {
        String prefix = "content/" + code + "/";
        if (path.startsWith(prefix) && path.endsWith(".md")) {
            return Optional.of(path.substring(prefix.length(), path.length() - 3));
        }
        return Optional.empty();
    }

    /** A lesson file split into its front matter (between the --- lines) and its body (after the second). */
    public record LessonText(String frontMatter, String body, String newline) {

        /** Reassembles the file. */
        public String file() {
            return "---" + newline + frontMatter + "---" + newline + body;
        }
    }

    /** Splits a lesson; a file without front matter gives an empty front matter and the whole text as body. */
    public static LessonText split(String text) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return new LessonText("", text, nl);
        }
        List<String> front = new ArrayList<>();
        int i = 1;
        while (i < lines.length && !lines[i].strip().equals("---")) {
            front.add(lines[i]);
            i++;
        }
        if (i >= lines.length) {
            return new LessonText("", text, nl);
        }
        int bodyStart = 0;
        for (int k = 0; k <= i; k++) {
            bodyStart += lines[k].length() + 1;
        }
        String fm = front.isEmpty() ? "" : String.join("\n", front) + "\n";
        return new LessonText(fm, bodyStart > text.length() ? "" : text.substring(bodyStart), nl);
    }
}
