package org.maple.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.maple.course.entity.DanosFramework;

/**
 * A writable copy of the test content library ({@code content-fixtures/library}) in a temporary
 * folder, so a test can break one line of the good course and check what the parsers report.
 */
final class CourseFixture {

    final Path root;

    private CourseFixture(Path root) {
        this.root = root;
    }

    /** The fixture library as stored in the test resources (read only). */
    static Path library() {
        try {
            return Path.of(CourseFixture.class.getResource("/content-fixtures/library").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture library into {@code tempDir}. */
    static CourseFixture copyTo(Path tempDir) {
        Path from = library();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = tempDir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CourseFixture(tempDir);
    }

    /** The test framework, content/danos.yaml of the fixture. */
    static DanosFramework framework() {
        DanosFrameworkParser.Result r = new DanosFrameworkParser()
                .parse(library().resolve("content/danos.yaml"), "content/danos.yaml");
        assertEquals(java.util.List.of(), r.problems());
        return r.framework();
    }

    Path course() {
        return root.resolve("content/good-course");
    }

    Path file(String name) {
        return course().resolve(name);
    }

    /** Replaces the one occurrence of {@code from} in a file of the good course. */
    CourseFixture edit(String name, String from, String to) {
        try {
            String text = Files.readString(file(name));
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException("'" + from + "' is not in " + name + " exactly once");
            }
            Files.writeString(file(name), text.replace(from, to), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CourseParser.Result parse() {
        return new CourseParser(framework()).parse(course());
    }
}
