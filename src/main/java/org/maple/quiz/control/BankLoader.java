package org.maple.quiz.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.FileProblem;
import org.maple.quiz.entity.BankVersion;
import org.maple.quiz.entity.QuestionBank;

/**
 * Loads {@code quizzes/<course>.yaml} like the courses: idempotent (an unchanged file changes
 * nothing), a changed valid file becomes a new bank version, a broken file is reported with file,
 * line and reason while the stored version stays in use and the other banks load. Runs inside the
 * content load (same transaction, same cluster lock).
 */
@Dependent
public class BankLoader {

    /** What one load did. */
    public record Outcome(List<String> newVersions, List<FileProblem> problems) {
    }

    @Inject
    BankRepository banks;

    @Inject
    Clock clock;

    public Outcome load(Path root, Predicate<String> danosKnown) {
        Path folder = root.resolve("quizzes");
        List<String> created = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Outcome(created, problems);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new FileProblem("quizzes/", 0, "cannot list the folder: " + e.getMessage()));
            return new Outcome(created, problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (Path file : files) {
            String name = "quizzes/" + file.getFileName();
            String code = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new FileProblem(name, 0, "cannot read the file: " + e.getMessage()));
                continue;
            }
            Optional<CourseVersion> course = banks.currentCourse(code);
            if (course.isEmpty()) {
                problems.add(new FileProblem(name, 1, "there is no course '" + code + "' in content/ for this bank"));
                continue;
            }
            List<String> objectives = course.get().getObjectives().stream().map(o -> o.split("\\|", 2)[0]).toList();
            BankParser.Result r = BankParser.parse(name, bytes, code, new BankParser.Checks(objectives, danosKnown));
            problems.addAll(r.problems());
            if (r.bank().isEmpty()) {
                continue;
            }
            QuestionBank bank = r.bank().get();
            Optional<String> lastFileImport = banks.fileImportHash(name);
            if (lastFileImport.filter(bank.contentHash()::equals).isEmpty()) {
                banks.recordFileImport(name, bank.contentHash(), now);
            }
            Optional<BankVersion> current = banks.current(code);
            // unchanged files keep the current version, even one published in the app since the last file import
            if (current.isPresent() && (current.get().getContentHash().equals(bank.contentHash())
                    || lastFileImport.filter(bank.contentHash()::equals).isPresent())) {
                continue;
            }
            created.add(code + " quiz v" + store(code, bytes, bank).getVersionNo());
        }
        return new Outcome(created, problems);
    }

    /**
     * Stores a valid bank (parsed from {@code bytes}) as the course's new current version unless it
     * equals the current one (also used when a trainer publishes in the app). Gives the current version.
     */
    public BankVersion store(String code, byte[] bytes, QuestionBank bank) {
        Optional<BankVersion> current = banks.current(code);
        if (current.isPresent() && current.get().getContentHash().equals(bank.contentHash())) {
            return current.get();
        }
        int next = banks.history(code).stream().mapToInt(BankVersion::getVersionNo).max().orElse(0) + 1;
        current.ifPresent(BankVersion::retire);
        BankVersion v = new BankVersion(code, next, bank.contentHash(), "quizzes/" + code + ".yaml",
                new String(bytes, StandardCharsets.UTF_8), bank.questions().size(), LocalDateTime.now(clock));
        banks.persist(v);
        return v;
    }
}
