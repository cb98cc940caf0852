package org.maple.authoring.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maple.course.control.ParsedCourse;
import org.maple.quiz.control.BankParser;
import org.maple.quiz.control.GiftParser;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;

/** ZIP export and import keep every byte; GIFT questions written as bank YAML read back equal; images are sniffed. */
class TransferFormatsTest {

    @Test
    void aZipOfABundledCourseHoldsTheRepositoryBytesAndReadsBackTheSame() throws IOException {
        ParsedCourse c = DraftCheckTest.course("twelve-step-fellowships");
        Map<String, String> files = DraftCheckTest.files(c);
        byte[] zip = CourseZip.write(files, Map.of());
        assertArrayEquals(zip, CourseZip.write(files, Map.of()), "the same files give the same ZIP bytes");
        CourseZip.Contents back = CourseZip.read(zip);
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(c.id(), back.code());
        assertEquals(files.keySet(), back.files().keySet());
        for (String path : files.keySet()) {
            assertArrayEquals(DraftCheckTest.read(path).getBytes(StandardCharsets.UTF_8),
                    back.files().get(path).getBytes(StandardCharsets.UTF_8), path);
        }
    }

    @Test
    void aZipWithForeignOrEscapingEntriesIsReported() {
        byte[] zip = CourseZip.write(Map.of("content/abc/course.yaml", "id: abc\n", "content/abc/../../etc/passwd", "x",
                "notes.txt", "y"), Map.of());
        CourseZip.Contents c = CourseZip.read(zip);
        assertEquals("abc", c.code());
        assertEquals(List.of("content/abc/course.yaml"), List.copyOf(c.files().keySet()));
        assertEquals(2, c.problems().size(), c.problems().toString());
        assertFalse(CourseZip.read("not a zip".getBytes(StandardCharsets.UTF_8)).problems().isEmpty());
    }

    @Test
    void giftQuestionsAppendedToABankReadBackAsTheSameQuestions() {
        String gift = "::tf-one:: Mutual aid groups are run by their members. {TRUE#Yes, by members.#No: they are.}\n\n"
                + "::single-one:: Which group uses a four-point programme? {=SMART Recovery#Right. ~Al-Anon#No.}\n";
        GiftParser.Result r = GiftParser.parse("gift", gift);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        List<Question> qs = r.questions().stream().map(q -> new Question(q.id(), q.type(), "first", List.of("AF1"),
                null, q.stem(), "Because.", q.options(), q.pairs(), q.extraMatches(), q.items(), q.accepted(), q.ignore(),
                q.wrongFeedback())).toList();
        String bank = NewCourse.files("abc").get(DraftPaths.bank("abc"));
        String appended = QuestionYaml.append(bank, qs);
        assertTrue(appended.startsWith(bank), "the existing text is kept");
        BankParser.Result parsed = BankParser.parse("quizzes/abc.yaml", appended.getBytes(StandardCharsets.UTF_8), "abc");
        assertTrue(parsed.ok(), parsed.problems().toString());
        QuestionBank b = parsed.bank().orElseThrow();
        assertEquals(3, b.questions().size());
        assertEquals(qs.get(0), b.question("tf-one").orElseThrow());
        assertEquals(qs.get(1), b.question("single-one").orElseThrow());
    }

    @Test
    void imagesAreCheckedByTheirBytesNotTheirName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertTrue(ImageCheck.problem("map.png", "A map of the area", png).isEmpty());
        assertTrue(ImageCheck.problem("map.png", " ", png).orElseThrow().contains("Alt text"));
        assertTrue(ImageCheck.problem("map.jpg", "A map", png).orElseThrow().contains("image/png"));
        byte[] svg = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        assertTrue(ImageCheck.problem("x.png", "x", svg).orElseThrow().contains("not a PNG"));
        assertTrue(ImageCheck.problem("../x.png", "x", png).isPresent());
        assertTrue(ImageCheck.problem("big.png", "x", new byte[ImageCheck.MAX_BYTES + 1]).orElseThrow().contains("limit"));
    }
}
