package org.maple.course.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.FileProblem;
import org.maple.platform.yaml.YamlMap;
import org.maple.platform.yaml.YamlMap.Item;

/**
 * Reads one lesson file: YAML front matter between {@code ---} lines, then the Markdown body,
 * checked against its course (objective ids, source ids, DANOS codes) and for the required
 * sections. Used by {@link CourseParser}.
 */
final class LessonParser {

    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private final DanosFramework framework;

    LessonParser(DanosFramework framework) {
        this.framework = framework;
    }

    /** The course facts a lesson is checked against. */
    record Context(Set<String> objectiveIds, Set<String> sourceIds) {
    }

    /**
     * Parses the lesson, adding its problems to {@code problems}. Gives the lesson whenever the
     * front matter could be read, even if it has problems, so the course can still check
     * which objectives are taught.
     */
    Optional<ParsedLesson> parse(String text, String shownAs, String key, int position,
            Context course, List<FileProblem> problems) {
        YamlMap.Reporter reporter = ContentFile.reporter(shownAs, problems);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            reporter.accept(1, "a lesson must start with a '---' line, then its front matter"
                    + " (title, minutes, ...), then another '---' line");
            return Optional.empty();
        }
        int close = 1;
        while (close < lines.size() && !lines.get(close).strip().equals("---")) {
            close++;
        }
        if (close == lines.size()) {
            reporter.accept(1, "the front matter that starts on line 1 has no closing '---' line");
            return Optional.empty();
        }
        String frontMatter = String.join("\n", lines.subList(1, close));
        if (frontMatter.isBlank()) {
            reporter.accept(1, "the front matter is empty: add title, minutes, objectives,"
                    + " courseObjectives, danos and sources");
            return Optional.empty();
        }
        Optional<YamlMap> parsed = YamlMap.parse(frontMatter, 1, reporter);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap y = parsed.get();
        String title = y.string("title", 200);
        int minutes = y.integer("minutes", 1, 240);
        List<String> objectives = y.strings("objectives", true);
        List<String> courseObjectives = courseObjectives(y, course, reporter);
        List<String> danos = danos(y.items("danos", true), framework, reporter);
        List<String> sources = sources(y, course, reporter);
        y.rejectUnknown();

        int bodyLine = close + 2;
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        checkSections(body, bodyLine, reporter);
        return Optional.of(new ParsedLesson(key, position, title, minutes, objectives, courseObjectives,
                danos, sources, body, bodyLine));
    }

    private static List<String> courseObjectives(YamlMap y, Context course, YamlMap.Reporter reporter) {
        List<String> ids = new ArrayList<>();
        for (Item item : y.items("courseObjectives", true)) {
            if (!course.objectiveIds().contains(item.value())) {
                reporter.accept(item.line(), "course objective '" + item.value()
                        + "' is not an objective id in course.yaml");
            }
            ids.add(item.value());
        }
        return ids;
    }

    private static List<String> sources(YamlMap y, Context course, YamlMap.Reporter reporter) {
        List<String> sources = new ArrayList<>();
        for (Item item : y.items("sources", true)) {
            int colon = item.value().indexOf(':');
            String id = colon < 0 ? "" : item.value().substring(0, colon).strip();
            if (colon < 0) {
                reporter.accept(item.line(), "source '" + item.value()
                        + "' must start with a source id and a colon, e.g. \"S0: section\"");
            } else if (!course.sourceIds().contains(id)) {
                reporter.accept(item.line(), "source id '" + id + "' is not declared in course.yaml"
                        + " 'sources'");
            }
            sources.add(item.value());
        }
        return sources;
    }

    /**
     * Checks DANOS codes, reporting unknown ones and noting aliases; gives the current codes of
     * the accepted ones, without repeats.
     */
    static List<String> danos(List<Item> items, DanosFramework framework, YamlMap.Reporter reporter) {
        List<String> codes = new ArrayList<>();
        for (Item item : items) {
            DanosFramework.Lookup l = framework.lookup(item.value());
            switch (l.kind()) {
                case UNIT -> { }
                case ALIAS, PREVIOUS_VERSION -> reporter.accept(item.line(), FileProblem.NOTE + l.message());
                default -> reporter.accept(item.line(), l.message());
            }
            if (l.accepted() && !codes.contains(l.currentCode())) {
                codes.add(l.currentCode());
            }
        }
        return codes;
    }

    private static void checkSections(String body, int bodyLine, YamlMap.Reporter reporter) {
        Set<String> headings = new HashSet<>();
        MARKDOWN.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2) {
                    headings.add(normalise(textOf(heading)));
                }
            }
        });
        if (!headings.contains("practice scenario") && !headings.contains("practice scenarios")) {
            reporter.accept(bodyLine, "the lesson has no '## Practice scenario' section");
        }
        if (!headings.contains("key points")) {
            reporter.accept(bodyLine, "the lesson has no '## Key points' section");
        }
    }

    private static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else {
                sb.append(textOf(n));
            }
        }
        return sb.toString();
    }

    private static String normalise(String heading) {
        String h = heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return h.endsWith(":") ? h.substring(0, h.length() - 1).strip() : h;
    }
}
