package org.maple.authoring.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.maple.course.control.CourseParser;
import org.maple.course.control.ParsedCourse;
import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.FileProblem;
import org.maple.quiz.control.BankParser;
import org.maple.quiz.entity.QuestionBank;

/**
 * Validates a draft with the loaders' own parsers, so what the editor accepts the loader accepts
 * and vice versa: the draft's files are written, exactly as an export would write them, to a
 * private temporary folder laid out like a content root ({@code content/<course>/...},
 * {@code quizzes/<course>.yaml}) and read back by {@link CourseParser} and {@link BankParser} with
 * the same checks the loaders apply (the course's objectives, the DANOS framework).
 */
public final class DraftCheck {

    /** The parsed course and bank (each only when valid) and every problem with file and line. */
    public record Outcome(Optional<ParsedCourse> course, Optional<QuestionBank> bank, byte[] bankBytes,
            List<FileProblem> problems) {

        public List<FileProblem> errors() {
            return problems.stream().filter(p -> !p.isNote()).toList();
        }

        public boolean valid() {
            return course.isPresent() && errors().isEmpty();
        }
    }

    private DraftCheck() {
    }

    /** Checks a course's files (paths as in {@link DraftPaths}). */
    public static Outcome check(String code, Map<String, String> files, DanosFramework framework) {
        Path root = null;
        try {
            root = Files.createTempDirectory("maple-draft");
            write(root, files);
            List<FileProblem> problems = new ArrayList<>();
            Path folder = root.resolve("content").resolve(code);
            Files.createDirectories(folder);
            CourseParser.Result course = new CourseParser(framework).parse(folder, "content/" + code);
            problems.addAll(course.problems());
            Optional<QuestionBank> bank = Optional.empty();
            byte[] bankBytes = null;
            String bankPath = DraftPaths.bank(code);
            if (files.containsKey(bankPath)) {
                bankBytes = files.get(bankPath).getBytes(StandardCharsets.UTF_8);
                List<String> objectives = course.course()
                        .map(c -> c.objectives().stream().map(ParsedCourse.Objective::id).toList()).orElse(null);
                BankParser.Result r = BankParser.parse(bankPath, bankBytes, code,
                        new BankParser.Checks(objectives, c -> framework == null || framework.lookup(c).accepted()));
                problems.addAll(r.problems());
                bank = r.bank();
            } else {
                problems.add(new FileProblem(bankPath, 0, "the course has no question bank; every course ends with a quiz"));
            }
            return new Outcome(course.course(), bank, bankBytes, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    /** Writes files (relative paths) under a folder. */
    public static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey()).normalize();
            if (!p.startsWith(root)) {
                throw new IllegalArgumentException("bad path " + f.getKey());
            }
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
