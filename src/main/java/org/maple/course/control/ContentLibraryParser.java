package org.maple.course.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.FileProblem;

/**
 * Reads a whole content root: {@code content/danos.yaml}, then every folder under
 * {@code content/} as a course. A broken course is reported and left out; it never stops the
 * others. File names in problems are relative to the root, e.g.
 * {@code content/smart-recovery/course.yaml}.
 */
public final class ContentLibraryParser {

    /** Reads {@code root/content}. */
    public ContentLibrary parse(Path root) {
        List<FileProblem> problems = new ArrayList<>();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            problems.add(new FileProblem("content", 0, "the content folder is missing"));
            return new ContentLibrary(DanosFramework.empty(), List.of(), problems);
        }
        DanosFrameworkParser.Result danos = new DanosFrameworkParser()
                .parse(content.resolve("danos.yaml"), "content/danos.yaml");
        problems.addAll(danos.problems());
        CourseParser courseParser = new CourseParser(danos.framework());
        List<ParsedCourse> courses = new ArrayList<>();
        for (Path folder : courseFolders(content, problems)) {
            String shownAs = "content/" + folder.getFileName();
            if (!Files.isRegularFile(folder.resolve("course.yaml"))) {
                problems.add(new FileProblem(shownAs, 0,
                        "folder has no course.yaml; every folder under content/ is a course"));
                continue;
            }
            CourseParser.Result result = courseParser.parse(folder, shownAs);
            problems.addAll(result.problems());
            result.course().ifPresent(courses::add);
        }
        return new ContentLibrary(danos.framework(), courses, problems);
    }

    private static List<Path> courseFolders(Path content, List<FileProblem> problems) {
        try (Stream<Path> entries = Files.list(content)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new FileProblem("content", 0, "the content folder cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
