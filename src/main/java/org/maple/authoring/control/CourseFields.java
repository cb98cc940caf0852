package org.maple.authoring.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.maple.platform.yaml.YamlMap;

/**
 * The descriptor fields of a course.yaml as the editor shows them, read leniently (validation is
 * the loader's, see {@link DraftCheck}), and written back by changing only the keys whose value
 * changed ({@link YamlBlocks}), so every other line keeps its bytes.
 */
public record CourseFields(String title, String summary, String audience, Integer estimatedMinutes, boolean induction,
        Integer dueDays, List<String> assignedTo, Integer refreshMonths, List<String> danos, List<Objective> objectives,
        List<Source> sources, List<String> lessons)
        implements Serializable {

    public record Objective(String id, String text) implements Serializable {
    }

    public record Source(String id, String cite, String file) implements Serializable {
    }

    public CourseFields {
        assignedTo = List.copyOf(assignedTo);
        danos = List.copyOf(danos);
        objectives = List.copyOf(objectives);
        sources = List.copyOf(sources);
        lessons = List.copyOf(lessons);
    }

    /** Reads the fields; unreadable ones are empty. */
    public static CourseFields read(String yaml) {
        YamlMap y = YamlMap.parse(yaml, 0, (line, reason) -> { }).orElse(null);
        if (y == null) {
            return new CourseFields("", "", "", null, false, null, List.of(), null, List.of(), List.of(), List.of(), List.of());
        }
        List<Objective> objectives = new ArrayList<>();
        for (YamlMap m : y.maps("objectives", false)) {
            objectives.add(new Objective(m.optionalString("id").orElse(""), m.optionalString("text").orElse("")));
        }
        List<Source> sources = new ArrayList<>();
        for (YamlMap m : y.maps("sources", false)) {
            sources.add(new Source(m.optionalString("id").orElse(""), m.optionalString("cite").orElse(""),
                    m.optionalString("file").orElse("")));
        }
        return new CourseFields(y.optionalString("title").orElse(""), y.optionalString("summary").orElse(""),
                y.optionalString("audience").orElse(""), y.optionalInt("estimatedMinutes", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null),
                y.optionalBool("induction").orElse(false), y.optionalInt("dueDays", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null),
                y.has("assignedTo") ? y.strings("assignedTo", false) : List.of("learner"),
                y.optionalInt("refreshMonths", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null), y.strings("danos", false), objectives, sources, y.strings("lessons", false));
    }

    /** The yaml with every field that differs from {@code before} rewritten. */
    public String applyTo(String yaml, CourseFields before) {
        String y = yaml;
        if (!Objects.equals(title, before.title)) {
            y = YamlBlocks.set(y, "title", YamlBlocks.scalar("title", title));
        }
        if (!Objects.equals(summary, before.summary)) {
            y = YamlBlocks.set(y, "summary", YamlBlocks.scalar("summary", summary));
        }
        if (!Objects.equals(audience, before.audience)) {
            y = YamlBlocks.set(y, "audience", YamlBlocks.scalar("audience", audience));
        }
        if (!Objects.equals(estimatedMinutes, before.estimatedMinutes)) {
            y = YamlBlocks.set(y, "estimatedMinutes", YamlBlocks.number("estimatedMinutes", estimatedMinutes));
        }
        if (induction != before.induction) {
            y = YamlBlocks.set(y, "induction", YamlBlocks.bool("induction", induction));
        }
        if (!Objects.equals(dueDays, before.dueDays)) {
            y = dueDays == null ? YamlBlocks.remove(y, "dueDays") : YamlBlocks.set(y, "dueDays", YamlBlocks.number("dueDays", dueDays));
        }
        if (!assignedTo.equals(before.assignedTo)) {
            y = YamlBlocks.set(y, "assignedTo", YamlBlocks.flow("assignedTo", assignedTo));
        }
        if (!Objects.equals(refreshMonths, before.refreshMonths)) {
            y = refreshMonths == null ? YamlBlocks.remove(y, "refreshMonths")
                    : YamlBlocks.set(y, "refreshMonths", YamlBlocks.number("refreshMonths", refreshMonths));
        }
        if (!danos.equals(before.danos)) {
            y = YamlBlocks.set(y, "danos", YamlBlocks.flow("danos", danos));
        }
        if (!objectives.equals(before.objectives)) {
            y = YamlBlocks.set(y, "objectives", YamlBlocks.maps("objectives",
                    objectives.stream().map(o -> map("id", o.id(), "text", o.text(), null, null)).toList()));
        }
        if (!sources.equals(before.sources)) {
            y = YamlBlocks.set(y, "sources", YamlBlocks.maps("sources",
                    sources.stream().map(s -> map("id", s.id(), "cite", s.cite(), "file", s.file())).toList()));
        }
        if (!lessons.equals(before.lessons)) {
            y = YamlBlocks.set(y, "lessons", YamlBlocks.sequence("lessons", lessons));
        }
        return y;
    }

    private static Map<String, String> map(String k1, String v1, String k2, String v2, String k3, String v3) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        if (k3 != null) {
            m.put(k3, v3);
        }
        return m;
    }
}
