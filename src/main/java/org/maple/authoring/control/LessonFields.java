package org.maple.authoring.control;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.maple.platform.yaml.YamlMap;

/**
 * A lesson as the editor shows it: the front-matter fields and the Markdown body, read leniently
 * and written back changing only what changed (see {@link CourseFields}).
 */
public record LessonFields(String title, Integer minutes, List<String> objectives, List<String> courseObjectives,
        List<String> danos, List<String> sources, String body) implements Serializable {

    public LessonFields {
        objectives = List.copyOf(objectives);
        courseObjectives = List.copyOf(courseObjectives);
        danos = List.copyOf(danos);
        sources = List.copyOf(sources);
        body = body == null ? "" : body;
    }

    public static LessonFields read(String file) {
        DraftPaths.LessonText t = DraftPaths.split(file);
        YamlMap y = t.frontMatter().isBlank() ? null : YamlMap.parse(t.frontMatter(), 1, (l, r) -> { }).orElse(null);
        if (y == null) {
            return new LessonFields("", null, List.of(), List.of(), List.of(), List.of(), t.body());
        }
        return new LessonFields(y.optionalString("title").orElse(""),
                y.optionalInt("minutes", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null), y.strings("objectives", false),
                y.strings("courseObjectives", false), y.strings("danos", false), y.strings("sources", false), t.body());
    }

    /** The field a 1-based file line belongs to: a front-matter key, or "body". */
    public static String fieldAt(String file, int line) {
        DraftPaths.LessonText t = DraftPaths.split(file);
        int frontLines = t.frontMatter().isEmpty() ? 0 : (int) t.frontMatter().lines().count();
        if (line > frontLines + 2 || t.frontMatter().isEmpty()) {
            return line <= 1 && t.frontMatter().isEmpty() ? "front matter" : "body";
        }
        return YamlBlocks.keyAt(t.frontMatter(), line, 2).orElse("front matter");
    }

    /** The file with every changed field rewritten and the body replaced. */
    public String applyTo(String file, LessonFields before) {
        DraftPaths.LessonText t = DraftPaths.split(file);
        String fm = t.frontMatter();
        if (!Objects.equals(title, before.title)) {
            fm = YamlBlocks.set(fm, "title", YamlBlocks.scalar("title", title));
        }
        if (!Objects.equals(minutes, before.minutes)) {
            fm = YamlBlocks.set(fm, "minutes", YamlBlocks.number("minutes", minutes));
        }
        if (!objectives.equals(before.objectives)) {
            fm = YamlBlocks.set(fm, "objectives", YamlBlocks.sequence("objectives", objectives));
        }
        if (!courseObjectives.equals(before.courseObjectives)) {
            fm = YamlBlocks.set(fm, "courseObjectives", YamlBlocks.flow("courseObjectives", courseObjectives));
        }
        if (!danos.equals(before.danos)) {
            fm = YamlBlocks.set(fm, "danos", YamlBlocks.flow("danos", danos));
        }
        if (!sources.equals(before.sources)) {
            fm = YamlBlocks.set(fm, "sources", YamlBlocks.sequence("sources", sources));
        }
        String b = Objects.equals(body, before.body) ? t.body() : body.replace("\r\n", "\n").replace("\n", t.newline());
        return new DraftPaths.LessonText(fm, b, t.newline()).file();
    }
}
