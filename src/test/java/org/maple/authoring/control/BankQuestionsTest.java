package org.maple.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maple.course.control.ParsedCourse;
import org.maple.quiz.control.BankParser;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;

/**
 * The question form reads every bundled question exactly as the bank loader does, and writing one
 * question back changes that question only: the loader reads the same bank.
 */
class BankQuestionsTest {

    @Test
    void everyBundledQuestionReadsAsTheLoaderReadsItAndWritesBackUnchanged() throws IOException {
        for (ParsedCourse c : DraftCheckTest.LIBRARY.courses()) {
            String path = DraftPaths.bank(c.id());
            String yaml = DraftCheckTest.read(path);
            QuestionBank bank = BankParser.parse(path, yaml.getBytes(StandardCharsets.UTF_8), c.id()).bank().orElseThrow();
            for (Question q : bank.questions()) {
                String entry = BankQuestions.entry(yaml, q.id()).orElseThrow(() -> new AssertionError(q.id()));
                assertEquals(q, BankQuestions.read(entry), c.id() + " " + q.id());
                String rewritten = BankQuestions.replace(yaml, q.id(), QuestionYaml.write(q)).orElseThrow();
                QuestionBank again = BankParser.parse(path, rewritten.getBytes(StandardCharsets.UTF_8), c.id()).bank()
                        .orElseThrow(() -> new AssertionError(q.id() + " rewritten does not parse"));
                assertEquals(bank.questions(), again.questions(), c.id() + " " + q.id());
                assertEquals(bank.settings(), again.settings());
            }
        }
    }

    @Test
    void replacingOneQuestionKeepsCommentsAndTheOthersBytes() throws IOException {
        String yaml = DraftCheckTest.read(DraftPaths.bank("smart-recovery"));
        Question q = BankQuestions.read(BankQuestions.entry(yaml, "wsi-scope").orElseThrow());
        Question changed = new Question(q.id(), q.type(), q.objective(), q.danos(), q.scenarioId(), "A new stem?",
                q.explanation(), q.options(), q.pairs(), q.extraMatches(), q.items(), q.accepted(), q.ignore(), q.wrongFeedback());
        String after = BankQuestions.replace(yaml, "wsi-scope", QuestionYaml.write(changed)).orElseThrow();
        List<LineDiff.Line> diff = LineDiff.diff(yaml, after).stream().filter(l -> l.kind() != ' ').toList();
        assertTrue(diff.stream().allMatch(l -> l.oldLine() == 0 || l.oldLine() >= 67 && l.oldLine() < 86), diff.toString());
        assertTrue(after.contains("# ---------------------------------------------------------------- four-points"));
        assertEquals("A new stem?", BankParser.parse("x", after.getBytes(StandardCharsets.UTF_8), "smart-recovery").bank()
                .orElseThrow().question("wsi-scope").orElseThrow().stem());
        String removed = BankQuestions.remove(yaml, "wsi-scope").orElseThrow();
        assertTrue(BankQuestions.find(removed, "wsi-scope").isEmpty());
        assertTrue(BankQuestions.find(removed, "wsi-approach").isPresent());
        assertTrue(BankQuestions.find(yaml, "marek").isEmpty(), "scenarios are not questions");
    }
}
