package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.maple.course.entity.FileProblem;
import org.maple.quiz.entity.FeedbackPolicy;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionType;
import org.maple.quiz.entity.QuizSettings;

class BankParserTest {

    private static final String FILE = "quizzes/c.yaml";

    private static BankParser.Result parse(String yaml) {
        return BankParser.parse(FILE, yaml.getBytes(StandardCharsets.UTF_8), "c");
    }

    /** Asserts the problems are exactly these "line: reason fragment" entries, in order. */
    private static void assertProblems(BankParser.Result r, String... expected) {
        String actual = r.problems().stream().map(p -> p.line() + ": " + p.reason()).collect(Collectors.joining("\n"));
        assertEquals(expected.length, r.problems().size(), actual);
        for (int i = 0; i < expected.length; i++) {
            FileProblem p = r.problems().get(i);
            String want = expected[i];
            int line = Integer.parseInt(want.substring(0, want.indexOf(':')));
            String fragment = want.substring(want.indexOf(':') + 2);
            assertTrue(p.line() == line && p.reason().contains(fragment), "expected " + want + " but got\n" + actual);
            assertEquals(FILE, p.file());
        }
        assertTrue(r.bank().isEmpty(), "a file with problems gives no bank");
    }

    @Test
    void readsTheSampleBank() throws Exception {
        byte[] bytes = Fixtures.bytes(Fixtures.SAMPLE);
        BankParser.Result r = BankParser.parse(Fixtures.SAMPLE, bytes, "sample-course");
        assertEquals(List.of(), r.problems());
        QuestionBank bank = r.bank().orElseThrow();
        assertEquals("sample-course", bank.courseId());
        assertEquals(new QuizSettings(2, 75, 4, true, false, 20, FeedbackPolicy.SCORE_ONLY), bank.settings());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), bank.contentHash());
        assertEquals(64, bank.contentHash().length());
        assertEquals("Priya's first appointment", bank.scenarios().get(0).title());
        assertTrue(bank.scenario("priya").orElseThrow().text().startsWith("Priya, 34, has been drinking"));
        assertEquals(List.of("define-1", "define-tf", "define-multi", "groups-match", "groups-short", "refer-order",
                "refer-single", "refer-short"), bank.questions().stream().map(Question::id).toList());
        assertEquals(List.of("define", "groups", "refer"), bank.objectives());

        Question single = bank.question("define-1").orElseThrow();
        assertEquals(QuestionType.SINGLE, single.type());
        assertEquals("priya", single.scenarioId());
        assertEquals(List.of(true, false, false), single.options().stream().map(Question.Option::correct).toList());
        assertTrue(single.explanation().startsWith(
                "Mutual aid is support given by and to people with shared experience, not a"));

        Question tf = bank.question("define-tf").orElseThrow();
        assertFalse(tf.trueFalseAnswer());
        assertEquals(List.of("True", "False"), tf.options().stream().map(Question.Option::text).toList());
        assertEquals("No - groups are member-led.", tf.options().get(0).feedback());
        assertEquals(List.of("AF1", "AI3"), tf.danos());
        assertNull(tf.scenarioId());

        assertTrue(bank.question("define-multi").orElseThrow().options().get(1).correct(), "'correct: yes'");
        Question match = bank.question("groups-match").orElseThrow();
        assertEquals(3, match.matches().size());
        assertEquals("Professionals seeking clinical supervision", match.matches().get(2));
        Question shortQ = bank.question("groups-short").orElseThrow();
        assertEquals(Question.Ignore.ALL, shortQ.ignore());
        assertEquals("Think of the oldest twelve-step fellowship.", shortQ.wrongFeedback());
        assertEquals(Set.of(Question.Ignore.CASE), bank.question("refer-short").orElseThrow().ignore());
        assertEquals(4, bank.question("refer-order").orElseThrow().items().size());
    }

    @Test
    void checksObjectivesAndDanosCodesWhenGiven() {
        byte[] bytes = Fixtures.bytes(Fixtures.SAMPLE);
        Set<String> known = Set.of("AF1", "AF2", "AF3", "AI3");
        BankParser.Result ok = BankParser.parse(Fixtures.SAMPLE, bytes, "sample-course",
                new BankParser.Checks(List.of("define", "groups", "refer"), known::contains));
        assertTrue(ok.ok(), ok.problems()::toString);

        BankParser.Result r = BankParser.parse(Fixtures.SAMPLE, bytes, "sample-course",
                new BankParser.Checks(List.of("define", "groups", "refer", "evidence"), c -> !c.equals("AF3")));
        assertEquals(List.of(new FileProblem(Fixtures.SAMPLE, 20,
                        "objective 'evidence' has 0 questions; the quiz draws 2 per objective"),
                new FileProblem(Fixtures.SAMPLE, 96, "unknown DANOS code 'AF3'")), r.problems());

        BankParser.Result fewer = BankParser.parse(Fixtures.SAMPLE, bytes, "sample-course",
                new BankParser.Checks(List.of("define", "groups"), null));
        assertEquals(List.of(95, 112, 125), fewer.problems().stream().map(FileProblem::line).toList());
        assertTrue(fewer.problems().get(0).reason().contains("objective 'refer' is not an objective of the course"));
    }

    @Test
    void reportsFileLevelProblemsWithLines() {
        assertProblems(parse("""
                course: other
                colour: blue
                quiz:
                  perObjective: 1
                  passMark: 120
                  feedback: loud
                  shuffle: true
                scenarios:
                  - id: s1
                    text: T
                  - id: s1
                    text: T2
                questions:
                  - id: q1
                    type: single
                    objective: o
                    danos: [AF1]
                    scenario: nope
                    stem: S
                    explanation: E
                    options:
                      - text: A
                        correct: true
                        feedback: fa
                      - text: B
                        correct: true
                        feedback: fb
                """),
                "1: 'course' is 'other' but this file belongs to course 'c'",
                "2: unknown field 'colour'",
                "5: 'passMark' must be between 1 and 100 (found 120)",
                "6: 'feedback' must be standard, score-only or full (found 'loud')",
                "7: unknown field 'shuffle'",
                "11: scenario id 's1' is used twice",
                "18: scenario 'nope' is not defined under 'scenarios'",
                "22: a single question needs exactly one correct option (found 2)");
    }

    @Test
    void reportsQuestionProblemsWithLines() {
        assertProblems(parse("""
                course: c
                quiz: {perObjective: 1}
                questions:
                  - id: Bad_Id
                    type: multiple
                    objective: o
                    danos: [AF1]
                    stem: S
                    options:
                      - text: A
                        feedback: fa
                      - text: B
                        colour: red
                  - id: q2
                    type: essay
                    objective: o
                    danos: [AF1]
                    stem: S
                    explanation: E
                  - id: q3
                    type: truefalse
                    objective: o
                    danos: []
                    stem: S
                    explanation: E
                    answer: maybe
                    feedbackTrue: ft
                    options: []
                  - id: q3
                    type: short
                    objective: o
                    danos: AF1
                    stem: S
                    explanation: E
                    ignore: [case, colour]
                    accept: []
                """),
                "4: 'id' may hold only a-z, 0-9 and '-' (found 'Bad_Id')",
                "4: required field 'explanation' is missing",
                "10: a multiple question needs at least one correct option",
                "12: option 2 has no feedback",
                "13: unknown field 'colour'",
                "15: 'type' must be single, multiple, truefalse, matching, ordering or short (found 'essay')",
                "20: required field 'feedbackFalse' is missing",
                "23: 'danos' must not be empty",
                "26: 'answer' must be true or false (found 'maybe')",
                "28: 'options' does not belong in a truefalse question",
                "29: question id 'q3' is already used on line 20",
                "35: 'ignore' may list case, space and punctuation (found 'colour')",
                "36: a short question needs at least 1 accepted answer (found 0)");
    }

    @Test
    void reportsMatchingAndOrderingProblemsWithLines() {
        assertProblems(parse("""
                course: c
                quiz:
                  perObjective: 1
                questions:
                  - id: m1
                    type: matching
                    objective: o
                    danos: [AF1]
                    stem: S
                    explanation: E
                    pairs:
                      - prompt: A
                        match: "1"
                        feedback: f
                      - prompt: A
                        match: "2"
                    extraMatches: ["1"]
                  - id: o1
                    type: ordering
                    objective: o
                    danos: [AF1]
                    stem: S
                    explanation: E
                    items:
                      - text: only
                        feedback: f
                  - id: s1
                    type: single
                    objective: o
                    danos: [AF1]
                    explanation: E
                    options:
                      - text: A
                        correct: true
                        feedback: f
                """),
                "15: pair 2 repeats pair 1",
                "15: pair 2 has no feedback",
                "17: extra match '1' is also the right match of a prompt",
                "25: an ordering question needs at least 2 items (found 1)",
                "27: required field 'stem' is missing",
                "33: a single question needs at least 2 options (found 1)");
    }

    @Test
    void reportsObjectivesWithTooFewQuestions() {
        assertProblems(parse("""
                course: c
                questions:
                  - id: q1
                    type: truefalse
                    objective: lonely
                    danos: [AF1]
                    stem: S
                    explanation: E
                    answer: true
                    feedbackTrue: yes
                    feedbackFalse: no
                """),
                "3: objective 'lonely' has 1 question; the quiz draws 2 per objective");
    }

    @Test
    void reportsYamlSyntaxAndEmptyFiles() {
        assertProblems(parse("""
                course: c
                questions:
                  - id: q1
                   type: single
                """), "4: YAML syntax");
        assertProblems(parse(""), "1: the file is empty");
        assertProblems(parse("- just\n- a list\n"), "1: expected 'field: value' lines at the top level");
        assertProblems(parse("course: c\n"), "1: required field 'questions' is missing");
    }
}
