package org.maple.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maple.course.control.ParsedCourse.Objective;
import org.maple.course.control.ParsedCourse.Source;
import org.maple.course.entity.FileProblem;

/** Every rule of content/README.md, each checked by breaking one line of the good fixture course. */
class CourseParserTest {

    private static final String YAML = "content/good-course/course.yaml";
    private static final String WHAT = "content/good-course/what-it-is.md";
    private static final String REFERRALS = "content/good-course/making-referrals.md";

    @TempDir
    Path temp;

    private CourseFixture fixture() {
        return CourseFixture.copyTo(temp);
    }

    private static List<String> problems(CourseParser.Result r) {
        return r.problems().stream().map(FileProblem::toString).toList();
    }

    private static void assertInvalidWith(CourseParser.Result r, String... expected) {
        assertEquals(List.of(expected), problems(r));
        assertFalse(r.valid());
        assertTrue(r.course().isEmpty());
    }

    @Test
    void goodCourseHasEveryField() {
        CourseParser.Result r = new CourseParser(CourseFixture.framework())
                .parse(CourseFixture.library().resolve("content/good-course"));

        assertEquals(List.of(), problems(r));
        ParsedCourse c = r.course().orElseThrow();
        assertEquals("good-course", c.id());
        assertEquals("Mutual aid: a test course", c.title());
        assertEquals("A small course used by the parser tests.", c.summary());
        assertEquals("Test keyworkers", c.audience());
        assertEquals(30, c.estimatedMinutes());
        assertTrue(c.induction());
        assertEquals(42, c.dueDays());
        assertEquals(List.of("learner", "manager"), c.assignedTo());
        assertEquals(24, c.refreshMonths());
        assertEquals(List.of("AF1", "AI3"), c.danos());
        assertEquals(List.of(new Objective("define", "Define mutual aid"),
                new Objective("refer", "Refer a client to a group")), c.objectives());
        assertEquals(List.of(new Source("S0", "Public Health England (2015) Improving mutual aid engagement",
                "seeds/000_b1a35995f7022d81.txt"), new Source("brief", "MAPLE content brief", "")), c.sources());
        assertEquals(64, c.contentHash().length());

        ParsedLesson first = c.lessons().get(0);
        assertEquals("what-it-is", first.key());
        assertEquals(1, first.position());
        assertEquals("What mutual aid is", first.title());
        assertEquals(15, first.minutes());
        assertEquals(List.of("Define mutual aid in plain words"), first.objectives());
        assertEquals(List.of("define"), first.courseObjectives());
        assertEquals(List.of("AF1", "AI3"), first.danos());
        assertEquals(List.of("S0: What is mutual aid?"), first.sources());
        assertEquals(13, first.bodyLine());
        assertTrue(first.markdown().startsWith("\nMutual aid is support"));
        assertTrue(first.markdown().contains("## Key points"));

        ParsedLesson second = c.lessons().get(1);
        assertEquals("making-referrals", second.key());
        assertEquals(2, second.position());
        assertEquals(List.of("AF1"), second.danos(), "AF1.2012 is AF1 at its own version");
        assertEquals(List.of("brief: §2.1", "S0: Referral"), second.sources());
        assertEquals(9, second.bodyLine());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        CourseFixture f = fixture()
                .edit("course.yaml", "induction: true\ndueDays: 42\nassignedTo: [learner, manager]\n"
                        + "refreshMonths: 24\n", "induction: false\n");
        ParsedCourse c = f.parse().course().orElseThrow();
        assertFalse(c.induction());
        assertEquals(null, c.dueDays());
        assertEquals(null, c.refreshMonths());
        assertEquals(List.of("learner"), c.assignedTo());
    }

    @Test
    void yamlSyntaxErrorIsReportedOnItsLine() {
        CourseParser.Result r = new CourseParser(CourseFixture.framework())
                .parse(CourseFixture.library().resolve("content/broken-syntax"));
        assertInvalidWith(r, "content/broken-syntax/course.yaml:4: YAML syntax: mapping values are not allowed here");
    }

    @Test
    void missingRequiredField() {
        CourseParser.Result r = fixture().edit("course.yaml", "audience: Test keyworkers\n", "").parse();
        assertInvalidWith(r, YAML + ":1: required field 'audience' is missing");
    }

    @Test
    void wrongTypeIsReportedOnTheValueLine() {
        CourseParser.Result r = fixture().edit("course.yaml", "estimatedMinutes: 30", "estimatedMinutes: half an hour")
                .parse();
        assertInvalidWith(r, YAML + ":6: 'estimatedMinutes' must be a whole number (found 'half an hour')");
    }

    @Test
    void unknownFieldIsReportedWithItsLine() {
        CourseParser.Result r = fixture().edit("course.yaml", "audience: Test keyworkers\n",
                "audience: Test keyworkers\ncolour: blue\n").parse();
        assertInvalidWith(r, YAML + ":6: unknown field 'colour'");
    }

    @Test
    void unknownFieldInLessonFrontMatter() {
        CourseParser.Result r = fixture().edit("what-it-is.md", "minutes: 15\n", "minutes: 15\nlevel: easy\n")
                .parse();
        assertInvalidWith(r, WHAT + ":4: unknown field 'level'");
    }

    @Test
    void idMustEqualTheFolderName() {
        CourseParser.Result r = fixture().edit("course.yaml", "id: good-course", "id: other-course").parse();
        assertInvalidWith(r, YAML + ":1: 'id' is 'other-course' but the folder is 'good-course'; they must be equal");
    }

    @Test
    void idMustUseTheAllowedCharacters() {
        CourseParser.Result r = fixture().edit("course.yaml", "id: good-course", "id: Good_Course").parse();
        assertInvalidWith(r, YAML + ":1: 'id' must use only a-z, 0-9 and '-' (at most 80 characters)");
    }

    @Test
    void dueDaysIsRequiredForInduction() {
        CourseParser.Result r = fixture().edit("course.yaml", "dueDays: 42\n", "").parse();
        assertInvalidWith(r, YAML + ":7: 'dueDays' is required when 'induction' is true");
    }

    @Test
    void unknownDanosCodeIsReportedOnItsLine() {
        CourseParser.Result r = fixture().edit("what-it-is.md", "  - AI3", "  - XX9").parse();
        assertInvalidWith(r, WHAT + ":9: unknown DANOS code 'XX9': it is not in content/danos.yaml");
    }

    @Test
    void versionMismatchIsReported() {
        CourseParser.Result r = fixture().edit("making-referrals.md", "AF1.2012", "AF1.2014").parse();
        assertInvalidWith(r, REFERRALS
                + ":6: DANOS code 'AF1.2014' has version 2014 but danos.yaml holds AF1 version 2012");
    }

    @Test
    void aliasIsAcceptedAndNoted() {
        CourseParser.Result r = fixture().edit("course.yaml", "danos: [AF1, AI3]", "danos: [AF1, GE8]").parse();
        assertEquals(List.of(YAML + ":11: note: DANOS code 'GE8' is an alias of AB7 (renamed); it is recorded as AB7"),
                problems(r));
        assertTrue(r.problems().get(0).isNote());
        assertTrue(r.valid());
        assertEquals(List.of("AF1", "AB7"), r.course().orElseThrow().danos());
    }

    @Test
    void listedLessonThatIsMissing() throws IOException {
        CourseFixture f = fixture();
        Files.delete(f.file("making-referrals.md"));
        assertInvalidWith(f.parse(),
                YAML + ":25: lesson file 'making-referrals.md' is listed but not found in content/good-course/");
    }

    @Test
    void unlistedMarkdownFileIsReported() throws IOException {
        CourseFixture f = fixture();
        Files.writeString(f.file("draft.md"), "# not ready\n");
        assertInvalidWith(f.parse(),
                "content/good-course/draft.md: lesson file is not listed in course.yaml 'lessons'; list it or remove it");
    }

    @Test
    void lessonFileNamesMustFollowThePattern() {
        CourseParser.Result r = fixture().edit("course.yaml", "  - making-referrals.md", "  - Making_Referrals.md")
                .parse();
        assertInvalidWith(r,
                YAML + ":25: lesson file name 'Making_Referrals.md' must use only a-z, 0-9 and '-' before .md",
                "content/good-course/making-referrals.md: lesson file is not listed in course.yaml 'lessons';"
                        + " list it or remove it");
    }

    @Test
    void missingPracticeScenarioHeading() {
        CourseParser.Result r = fixture().edit("what-it-is.md", "## Practice scenario", "## An example").parse();
        assertInvalidWith(r, WHAT + ":13: the lesson has no '## Practice scenario' section");
    }

    @Test
    void headingInsideACodeBlockDoesNotCount() {
        CourseParser.Result r = fixture().edit("what-it-is.md", "## Key points\n", "```\n## Key points\n```\n")
                .parse();
        assertInvalidWith(r, WHAT + ":13: the lesson has no '## Key points' section");
    }

    @Test
    void lessonSourceMustUseADeclaredId() {
        CourseParser.Result r = fixture().edit("what-it-is.md", "\"S0: What", "\"S9: What").parse();
        assertInvalidWith(r, WHAT + ":11: source id 'S9' is not declared in course.yaml 'sources'");
    }

    @Test
    void courseObjectivesMustExistAndEveryObjectiveMustBeTaught() {
        CourseParser.Result r = fixture().edit("making-referrals.md", "courseObjectives: [refer]",
                "courseObjectives: [referral]").parse();
        assertInvalidWith(r,
                REFERRALS + ":5: course objective 'referral' is not an objective id in course.yaml",
                YAML + ":15: objective 'refer' is not taught by any lesson; add it to a lesson's courseObjectives");
    }

    @Test
    void objectiveNotTaught() {
        CourseParser.Result r = fixture().edit("making-referrals.md", "courseObjectives: [refer]",
                "courseObjectives: [define]").parse();
        assertInvalidWith(r,
                YAML + ":15: objective 'refer' is not taught by any lesson; add it to a lesson's courseObjectives");
    }

    @Test
    void lessonWithoutFrontMatter() {
        CourseParser.Result r = fixture().edit("what-it-is.md", "---\ntitle: What", "title: What").parse();
        assertInvalidWith(r, WHAT + ":1: a lesson must start with a '---' line, then its front matter"
                + " (title, minutes, ...), then another '---' line");
    }

    @Test
    void frontMatterSyntaxErrorIsOnTheFileLine() {
        CourseParser.Result r = fixture().edit("what-it-is.md", "minutes: 15", "minutes: [15").parse();
        assertFalse(r.valid());
        assertEquals(WHAT, r.problems().get(0).file());
        assertTrue(r.problems().get(0).reason().startsWith("YAML syntax: "), r.problems().get(0).reason());
        assertEquals(4, r.problems().get(0).line());
    }

    @Test
    void filesOverTheSizeLimitAreNotRead() throws IOException {
        CourseFixture f = fixture();
        Files.writeString(f.file("what-it-is.md"), "x".repeat(512 * 1024 + 1));
        assertInvalidWith(f.parse(), WHAT + ": file is 524289 bytes, over the 512 KiB limit");
    }

    @Test
    void hashIsStableForUnchangedFilesAndChangesWithOneByte() throws IOException {
        CourseFixture f = fixture();
        String first = f.parse().course().orElseThrow().contentHash();
        assertEquals(first, f.parse().course().orElseThrow().contentHash());
        assertEquals(first, new CourseParser(CourseFixture.framework())
                .parse(CourseFixture.library().resolve("content/good-course")).course().orElseThrow().contentHash());

        f.edit("making-referrals.md", "Plan the referral", "Plan the referrals");
        String changed = f.parse().course().orElseThrow().contentHash();
        assertNotEquals(first, changed);

        f.edit("making-referrals.md", "Plan the referrals", "Plan the referral");
        assertEquals(first, f.parse().course().orElseThrow().contentHash());
        Files.writeString(f.file("course.yaml"), Files.readString(f.file("course.yaml")) + "\n");
        assertNotEquals(first, f.parse().course().orElseThrow().contentHash());
    }
}
