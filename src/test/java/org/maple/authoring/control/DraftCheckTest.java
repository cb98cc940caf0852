package org.maple.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maple.course.control.ContentLibrary;
import org.maple.course.control.ContentLibraryParser;
import org.maple.course.control.ParsedCourse;
import org.maple.course.control.ParsedLesson;
import org.maple.course.entity.FileProblem;

/**
 * The editor's validation is the loaders' own: every bundled course, taken as draft files, is
 * accepted with the very content hash the loader computes; a broken draft gets the loader's problems
 * with file and line; field edits touch only the lines they change and the loader still accepts them.
 */
class DraftCheckTest {

    static final Path ROOT = Path.of(".").toAbsolutePath().normalize();
    static final ContentLibrary LIBRARY = new ContentLibraryParser().parse(ROOT);

    static Map<String, String> files(ParsedCourse c) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(DraftPaths.descriptor(c.id()), read(DraftPaths.descriptor(c.id())));
        for (ParsedLesson l : c.lessons()) {
            out.put(DraftPaths.lesson(c.id(), l.key()), read(DraftPaths.lesson(c.id(), l.key())));
        }
        out.put(DraftPaths.bank(c.id()), read(DraftPaths.bank(c.id())));
        return out;
    }

    static String read(String path) throws IOException {
        return new String(Files.readAllBytes(ROOT.resolve(path)), StandardCharsets.UTF_8);
    }

    static ParsedCourse course(String code) {
        return LIBRARY.courses().stream().filter(c -> c.id().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyBundledCourseIsAcceptedWithTheLoadersOwnHash() throws IOException {
        assertEquals(6, LIBRARY.courses().size());
        for (ParsedCourse c : LIBRARY.courses()) {
            DraftCheck.Outcome o = DraftCheck.check(c.id(), files(c), LIBRARY.framework());
            assertTrue(o.valid(), c.id() + ": " + o.errors());
            assertEquals(c.contentHash(), o.course().orElseThrow().contentHash(), c.id());
            assertTrue(o.bank().isPresent(), c.id() + " bank");
        }
    }

    @Test
    void aBrokenDraftGetsTheLoadersProblemsWithFileAndLine() throws IOException {
        ParsedCourse c = course("smart-recovery");
        Map<String, String> files = files(c);
        String yaml = DraftPaths.descriptor(c.id());
        files.put(yaml, files.get(yaml).replace("estimatedMinutes: ", "estimatedMinutes: -"));
        String lesson = DraftPaths.lesson(c.id(), c.lessons().get(0).key());
        files.put(lesson, files.get(lesson).replace("## Key points", "## Summary"));
        DraftCheck.Outcome o = DraftCheck.check(c.id(), files, LIBRARY.framework());
        assertFalse(o.valid());
        assertTrue(o.errors().stream().anyMatch(p -> p.file().equals(yaml) && p.line() > 0
                && p.reason().contains("estimatedMinutes")), o.errors().toString());
        assertTrue(o.errors().stream().anyMatch(p -> p.file().equals(lesson) && p.reason().contains("Key points")),
                o.errors().toString());
    }

    @Test
    void aBankQuestionForAnObjectiveTheCourseLacksIsRefusedAsTheLoaderWould() throws IOException {
        ParsedCourse c = course("mutual-aid-essentials");
        Map<String, String> files = files(c);
        String bank = DraftPaths.bank(c.id());
        files.put(bank, files.get(bank).replaceFirst("objective: define", "objective: nowhere"));
        List<FileProblem> errors = DraftCheck.check(c.id(), files, LIBRARY.framework()).errors();
        assertTrue(errors.stream().anyMatch(p -> p.file().equals(bank) && p.line() > 0
                && p.reason().contains("'nowhere' is not an objective")), errors.toString());
    }

    @Test
    void unchangedFieldsKeepEveryByteAndAChangedTitleChangesOneLine() throws IOException {
        ParsedCourse c = course("family-groups");
        String yaml = read(DraftPaths.descriptor(c.id()));
        CourseFields before = CourseFields.read(yaml);
        assertEquals(yaml, before.applyTo(yaml, before), "no change, same bytes");
        CourseFields after = new CourseFields("Family groups: a new title", before.summary(), before.audience(),
                before.estimatedMinutes(), before.induction(), before.dueDays(), before.assignedTo(), before.refreshMonths(),
                before.danos(), before.objectives(),
                before.sources(), before.lessons());
        String changed = after.applyTo(yaml, before);
        List<LineDiff.Line> diff = LineDiff.diff(yaml, changed).stream().filter(l -> l.kind() != ' ').toList();
        assertEquals(2, diff.size(), diff.toString());
        assertEquals("title: \"Family groups: a new title\"", diff.get(1).text());
        Map<String, String> files = files(c);
        files.put(DraftPaths.descriptor(c.id()), changed);
        DraftCheck.Outcome o = DraftCheck.check(c.id(), files, LIBRARY.framework());
        assertTrue(o.valid(), o.errors().toString());
        assertEquals("Family groups: a new title", o.course().orElseThrow().title());
    }

    @Test
    void lessonFieldsAndBodyRoundTripAndEditsAreWhatTheLoaderReads() throws IOException {
        ParsedCourse c = course("fama-facilitating-access");
        ParsedLesson first = c.lessons().get(0);
        String path = DraftPaths.lesson(c.id(), first.key());
        String file = read(path);
        LessonFields before = LessonFields.read(file);
        assertEquals(file, before.applyTo(file, before));
        assertEquals(first.title(), before.title());
        LessonFields after = new LessonFields(before.title(), 7, before.objectives(), before.courseObjectives(),
                before.danos(), before.sources(), before.body() + "\nOne more line.\n");
        Map<String, String> files = files(c);
        files.put(path, after.applyTo(file, before));
        DraftCheck.Outcome o = DraftCheck.check(c.id(), files, LIBRARY.framework());
        assertTrue(o.valid(), o.errors().toString());
        ParsedLesson edited = o.course().orElseThrow().lessons().get(0);
        assertEquals(7, edited.minutes());
        assertTrue(edited.markdown().endsWith("One more line."), edited.markdown());
    }

    @Test
    void aNewCourseTemplateIsValid() {
        DraftCheck.Outcome o = DraftCheck.check("brand-new", NewCourse.files("brand-new"), LIBRARY.framework());
        assertTrue(o.valid(), o.errors().toString());
        assertTrue(o.bank().isPresent());
    }

    @Test
    void pathsOutsideTheCourseAreNotDraftFiles() {
        assertTrue(DraftPaths.allowed("abc", "content/abc/course.yaml"));
        assertTrue(DraftPaths.allowed("abc", "content/abc/lesson-1.md"));
        assertTrue(DraftPaths.allowed("abc", "quizzes/abc.yaml"));
        assertFalse(DraftPaths.allowed("abc", "content/abc/../xyz/course.yaml"));
        assertFalse(DraftPaths.allowed("abc", "content/other/course.yaml"));
        assertFalse(DraftPaths.allowed("abc", "content/abc/sub/x.md"));
        assertFalse(DraftPaths.allowed("abc", "content/danos.yaml"));
    }
}
