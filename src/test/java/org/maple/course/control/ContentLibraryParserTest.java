package org.maple.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maple.course.entity.FileProblem;

/** Reading a whole content root: good courses kept, broken ones reported, never stopping the rest. */
class ContentLibraryParserTest {

    @TempDir
    Path temp;

    private static List<String> problems(ContentLibrary library) {
        return library.problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void brokenCourseIsReportedAndDoesNotStopTheGoodOne() {
        ContentLibrary library = new ContentLibraryParser().parse(CourseFixture.library());

        assertEquals(List.of("good-course"), library.courses().stream().map(ParsedCourse::id).toList());
        assertEquals(List.of(
                "content/broken-syntax/course.yaml:4: YAML syntax: mapping values are not allowed here",
                "content/stray-folder: folder has no course.yaml; every folder under content/ is a course"),
                problems(library));
        assertEquals(List.of("AF1", "AI3", "AB7"),
                library.framework().units().stream().map(u -> u.code()).toList());
    }

    @Test
    void notesAreListedButKeepTheCourse() {
        CourseFixture f = CourseFixture.copyTo(temp).edit("course.yaml", "danos: [AF1, AI3]", "danos: [GE8, AI3]");
        ContentLibrary library = new ContentLibraryParser().parse(f.root);

        assertEquals(List.of("good-course"), library.courses().stream().map(ParsedCourse::id).toList());
        assertEquals(List.of(
                "content/broken-syntax/course.yaml:4: YAML syntax: mapping values are not allowed here",
                "content/good-course/course.yaml:11: note: DANOS code 'GE8' is an alias of AB7 (renamed);"
                        + " it is recorded as AB7",
                "content/stray-folder: folder has no course.yaml; every folder under content/ is a course"),
                problems(library));
        assertEquals(2, library.errors().size());
    }

    @Test
    void withoutDanosYamlEveryCodeIsUnknown() throws IOException {
        CourseFixture f = CourseFixture.copyTo(temp);
        Files.delete(f.root.resolve("content/danos.yaml"));
        ContentLibrary library = new ContentLibraryParser().parse(f.root);

        assertEquals(List.of(), library.courses());
        assertEquals("content/danos.yaml: file not found", problems(library).get(0));
        assertTrue(problems(library).contains("content/good-course/course.yaml:11: unknown DANOS code 'AF1':"
                + " it is not in content/danos.yaml"));
    }

    @Test
    void missingContentFolder() {
        ContentLibrary library = new ContentLibraryParser().parse(temp);
        assertEquals(List.of("content: the content folder is missing"), problems(library));
        assertEquals(List.of(), library.courses());
    }
}
