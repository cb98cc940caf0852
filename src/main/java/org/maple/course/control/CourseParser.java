package org.maple.course.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.maple.course.control.ParsedCourse.Objective;
import org.maple.course.control.ParsedCourse.Source;
import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.FileProblem;
import org.maple.platform.yaml.YamlMap;
import org.maple.platform.yaml.YamlMap.Item;

/**
 * Reads one course folder ({@code course.yaml} and its lesson files) and applies every rule of
 * {@code content/README.md}, reporting each problem with file and line. A course is valid when it
 * has no problems other than notes.
 */
public final class CourseParser {

    /** Course ids and lesson keys: a-z, 0-9 and '-', starting with a letter or digit. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    /** The roles a course may be assigned to. */
    public static final Set<String> ROLES = Set.of("learner", "manager", "trainer", "admin");

    static final int MAX_LESSONS = 12;

    /** The course when valid, and every problem and note found in its files. */
    public record Result(Optional<ParsedCourse> course, List<FileProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** True when the course has no problems other than notes. */
        public boolean valid() {
            return course.isPresent();
        }
    }

    private final DanosFramework framework;
    private final LessonParser lessonParser;

    public CourseParser(DanosFramework framework) {
        this.framework = framework;
        this.lessonParser = new LessonParser(framework);
    }

    /** Parses {@code folder}; problems name files {@code content/<folder name>/...}. */
    public Result parse(Path folder) {
        return parse(folder, "content/" + folder.getFileName());
    }

    /** Parses {@code folder}; problems name files {@code shownAs + "/" + file name}. */
    public Result parse(Path folder, String shownAs) {
        List<FileProblem> problems = new ArrayList<>();
        String yamlName = shownAs + "/course.yaml";
        Optional<ContentFile.Read> read = ContentFile.read(folder.resolve("course.yaml"), yamlName, problems);
        if (read.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        YamlMap.Reporter reporter = ContentFile.reporter(yamlName, problems);
        Optional<YamlMap> root = YamlMap.parse(read.get().text(), 0, reporter);
        if (root.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        YamlMap y = root.get();
        String folderName = folder.getFileName().toString();
        String id = y.string("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            y.problem("id", "'id' must use only a-z, 0-9 and '-' (at most 80 characters)");
        } else if (!id.isEmpty() && !id.equals(folderName)) {
            y.problem("id", "'id' is '" + id + "' but the folder is '" + folderName + "'; they must be equal");
        }
        String title = y.string("title", 200);
        String summary = y.string("summary");
        String audience = y.string("audience");
        int minutes = y.integer("estimatedMinutes", 1, 1000);
        boolean induction = y.bool("induction");
        Integer dueDays = y.optionalInt("dueDays", 1, 730).orElse(null);
        if (induction && !y.has("dueDays")) {
            y.problem("induction", "'dueDays' is required when 'induction' is true");
        }
        List<String> assignedTo = assignedTo(y);
        Integer refreshMonths = y.optionalInt("refreshMonths", 1, 240).orElse(null);
        List<String> danos = LessonParser.danos(y.items("danos", true), framework, reporter);
        List<YamlMap> objectiveMaps = y.maps("objectives", true);
        List<Objective> objectives = objectives(objectiveMaps);
        List<Source> sources = sources(y.maps("sources", true));
        List<Item> listed = y.items("lessons", true);
        List<Item> lessonItems = wellNamed(listed, y, reporter);
        y.rejectUnknown();

        LessonParser.Context context = new LessonParser.Context(
                ids(objectives.stream().map(Objective::id)), ids(sources.stream().map(Source::id)));
        List<ParsedLesson> lessons = new ArrayList<>();
        List<byte[]> lessonBytes = new ArrayList<>();
        boolean allRead = lessonItems.size() == listed.size();
        int position = 0;
        for (Item item : lessonItems) {
            position++;
            String key = item.value().substring(0, item.value().length() - 3);
            Path file = folder.resolve(item.value());
            if (!Files.isRegularFile(file)) {
                reporter.accept(item.line(), "lesson file '" + item.value() + "' is listed but not found in "
                        + shownAs + "/");
                allRead = false;
                continue;
            }
            String lessonName = shownAs + "/" + item.value();
            Optional<ContentFile.Read> lessonRead = ContentFile.read(file, lessonName, problems);
            int at = position;
            Optional<ParsedLesson> lesson = lessonRead.flatMap(r -> lessonParser.parse(r.text(), lessonName,
                    key, at, context, problems));
            if (lesson.isPresent()) {
                lessons.add(lesson.get());
                lessonBytes.add(lessonRead.get().bytes());
            } else {
                allRead = false;
            }
        }
        reportUnlisted(folder, shownAs, listed, problems);
        if (allRead) {
            checkTaught(objectives, objectiveMaps, lessons, reporter);
        }
        if (!problems.stream().allMatch(FileProblem::isNote)) {
            return new Result(Optional.empty(), problems);
        }
        String hash = contentHash(read.get().bytes(), lessons, lessonBytes);
        return new Result(Optional.of(new ParsedCourse(id, title, summary, audience, minutes, induction,
                dueDays, assignedTo, refreshMonths, danos, objectives, sources, lessons, hash)), problems);
    }

    private static List<String> assignedTo(YamlMap y) {
        if (!y.has("assignedTo")) {
            y.strings("assignedTo", false);
            return List.of("learner");
        }
        List<String> roles = y.strings("assignedTo", true);
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                y.problem("assignedTo", "unknown role '" + role + "' in 'assignedTo'; roles are "
                        + String.join(", ", ROLES.stream().sorted().toList()));
            }
        }
        return roles;
    }

    private static List<Objective> objectives(List<YamlMap> maps) {
        List<Objective> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap m : maps) {
            String id = m.string("id");
            String text = m.string("text");
            m.rejectUnknown();
            if (!id.isEmpty() && !seen.add(id)) {
                m.problem("id", "objective id '" + id + "' is used twice");
            }
            out.add(new Objective(id, text));
        }
        return out;
    }

    private static List<Source> sources(List<YamlMap> maps) {
        List<Source> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap m : maps) {
            String id = m.string("id");
            String cite = m.string("cite");
            String file = m.optionalString("file").orElse("");
            m.rejectUnknown();
            if (id.contains(":") || id.contains(" ")) {
                m.problem("id", "source id '" + id + "' must not contain ':' or spaces");
            } else if (!id.isEmpty() && !seen.add(id)) {
                m.problem("id", "source id '" + id + "' is used twice");
            }
            out.add(new Source(id, cite, file));
        }
        return out;
    }

    /** The listed lesson files that are well named and not repeated. */
    private static List<Item> wellNamed(List<Item> items, YamlMap y, YamlMap.Reporter reporter) {
        if (items.size() > MAX_LESSONS) {
            y.problem("lessons", "a course has at most " + MAX_LESSONS + " lessons (found " + items.size() + ")");
        }
        List<Item> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            String name = item.value();
            String key = name.endsWith(".md") ? name.substring(0, name.length() - 3) : "";
            if (!name.endsWith(".md")) {
                reporter.accept(item.line(), "lesson '" + name + "' must be a file name ending in .md");
            } else if (!ID.matcher(key).matches()) {
                reporter.accept(item.line(), "lesson file name '" + name
                        + "' must use only a-z, 0-9 and '-' before .md");
            } else if (!seen.add(name)) {
                reporter.accept(item.line(), "lesson '" + name + "' is listed twice");
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static void reportUnlisted(Path folder, String shownAs, List<Item> listed,
            List<FileProblem> problems) {
        Set<String> names = ids(listed.stream().map(Item::value));
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.startsWith(".") && !names.contains(n))
                    .sorted()
                    .forEach(n -> problems.add(new FileProblem(shownAs + "/" + n, 0,
                            "lesson file is not listed in course.yaml 'lessons'; list it or remove it")));
        } catch (IOException e) {
            problems.add(new FileProblem(shownAs, 0, "folder cannot be listed: " + e.getMessage()));
        }
    }

    private static void checkTaught(List<Objective> objectives, List<YamlMap> maps,
            List<ParsedLesson> lessons, YamlMap.Reporter reporter) {
        Set<String> taught = ids(lessons.stream().flatMap(l -> l.courseObjectives().stream()));
        for (int i = 0; i < objectives.size(); i++) {
            String id = objectives.get(i).id();
            if (!id.isEmpty() && !taught.contains(id)) {
                reporter.accept(maps.get(i).lineOf("id"), "objective '" + id
                        + "' is not taught by any lesson; add it to a lesson's courseObjectives");
            }
        }
    }

    /**
     * SHA-256 (hex) over course.yaml's bytes, then for each lesson in order its file name, a NUL
     * byte and its bytes.
     */
    static String contentHash(byte[] courseYaml, List<ParsedLesson> lessons, List<byte[]> lessonBytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(courseYaml);
            for (int i = 0; i < lessons.size(); i++) {
                sha.update(lessons.get(i).fileName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(lessonBytes.get(i));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Set<String> ids(Stream<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(out::add);
        return out;
    }
}
