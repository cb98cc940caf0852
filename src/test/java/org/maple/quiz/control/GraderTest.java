package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maple.quiz.control.Fixtures.right;
import static org.maple.quiz.control.Fixtures.wrong;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptResult;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionResult;
import org.maple.quiz.entity.QuestionType;

class GraderTest {

    private final Question single = Fixtures.choice("s", QuestionType.SINGLE, "o", wrong("a"), right("b"), wrong("c"));
    // 2 correct (0, 2), 2 wrong (1, 3)
    private final Question multiple = Fixtures.choice("m", QuestionType.MULTIPLE, "o",
            right("a"), wrong("b"), right("c"), wrong("d"));

    @Test
    void singleScoresOneOrZeroWithTheChosenFeedback() {
        QuestionResult r = Grader.grade(single, Answer.choice(1));
        assertEquals(1.0, r.score());
        assertTrue(r.correct());
        assertEquals(List.of("why b is right"), r.feedback());
        QuestionResult w = Grader.grade(single, Answer.choice(2));
        assertEquals(0.0, w.score());
        assertFalse(w.correct());
        assertTrue(w.answered());
        assertEquals(List.of("why c is wrong"), w.feedback());
        assertEquals("s", r.questionId());
        assertEquals(List.of("AF1"), r.danos());
    }

    @Test
    void twoChoicesOnASingleQuestionDoNotFitAndCountAsUnanswered() {
        QuestionResult r = Grader.grade(single, Answer.choice(1, 2));
        assertEquals(0.0, r.score());
        assertFalse(r.answered());
        assertEquals(List.of(), r.feedback());
    }

    @Test
    void multipleGivesPartialCredit() {
        assertEquals(1.0, Grader.grade(multiple, Answer.choice(0, 2)).score(), "both correct");
        assertEquals(0.5, Grader.grade(multiple, Answer.choice(0)).score(), "one of two correct");
        assertEquals(0.0, Grader.grade(multiple, Answer.choice(0, 1)).score(), "one right, one wrong");
        assertEquals(0.5, Grader.grade(multiple, Answer.choice(0, 1, 2)).score(), "two right, one wrong");
        assertEquals(0.0, Grader.grade(multiple, Answer.choice(1, 3)).score(), "floored at 0, not -1");
        assertEquals(0.0, Grader.grade(multiple, Answer.choice(1)).score(), "only a wrong one");
    }

    @Test
    void multipleWithEverythingChosenScoresZero() {
        QuestionResult all = Grader.grade(multiple, Answer.choice(0, 1, 2, 3));
        assertEquals(0.0, all.score());
        assertEquals(4, all.feedback().size(), "feedback for every chosen option");
        // more correct than wrong: the formula alone would give (3 - 1) / 3
        Question mostlyRight = Fixtures.choice("m3", QuestionType.MULTIPLE, "o",
                right("a"), right("b"), right("c"), wrong("d"));
        assertEquals(0.0, Grader.grade(mostlyRight, Answer.choice(0, 1, 2, 3)).score());
        assertEquals(2.0 / 3, Grader.grade(mostlyRight, Answer.choice(0, 1)).score(), 1e-9);
        assertEquals(1.0 / 3, Grader.grade(mostlyRight, Answer.choice(0, 1, 3)).score(), 1e-9);
        Question allRight = Fixtures.choice("m4", QuestionType.MULTIPLE, "o", right("a"), right("b"));
        assertEquals(1.0, Grader.grade(allRight, Answer.choice(0, 1)).score());
    }

    @Test
    void multipleWithNothingChosenIsUnanswered() {
        QuestionResult none = Grader.grade(multiple, new Answer.Choice(List.of()));
        assertEquals(0.0, none.score());
        assertFalse(none.answered());
        assertFalse(Grader.grade(multiple, null).answered());
        assertEquals(2, none.possible());
    }

    @Test
    void trueFalseUsesTheTwoOptions() {
        Question tf = new Question("tf", QuestionType.TRUEFALSE, "o", List.of(), null, "Sky is green", "No",
                Question.trueFalse(false, "why true is wrong", "why false is right"),
                        null, null, null, null, null, null);
        assertTrue(Grader.grade(tf, Answer.choice(1)).correct());
        assertEquals(List.of("why false is right"), Grader.grade(tf, Answer.choice(1)).feedback());
        assertEquals(0.0, Grader.grade(tf, Answer.choice(0)).score());
        assertFalse(Grader.grade(tf, Answer.choice(2)).answered(), "index out of range");
    }

    @Test
    void matchingScoresTheShareOfPromptsMatched() {
        Question q = Fixtures.matching("mt", List.of(new Question.Pair("A", "1", "A is 1"),
                new Question.Pair("B", "2", "B is 2"), new Question.Pair("C", "1", "C is 1 too"),
                new Question.Pair("D", "3", "D is 3")), List.of("9"));
        assertEquals(List.of("1", "2", "3", "9"), q.matches());
        assertEquals(1.0, Grader.grade(q, Answer.matching(0, 1, 0, 2)).score());
        QuestionResult half = Grader.grade(q, Answer.matching(0, 0, 0, 3));
        assertEquals(0.5, half.score());
        assertEquals(List.of("A is 1", "C is 1 too"), half.feedback(), "feedback only for the right matches");
        assertEquals(0.25, Grader.grade(q, Answer.matching(0, -1, -1, -1)).score(), "unanswered prompts earn 0");
        assertFalse(Grader.grade(q, Answer.matching(-1, -1, -1, -1)).answered());
        assertFalse(Grader.grade(q, Answer.matching(0, 1)).answered(), "wrong length");
        assertFalse(Grader.grade(q, Answer.matching(0, 1, 0, 4)).answered(), "match index out of range");
    }

    @Test
    void orderingScoresTheShareOfItemsInPlace() {
        Question q = Fixtures.ordering("or", "o", "a", "b", "c", "d");
        assertEquals(1.0, Grader.grade(q, Answer.ordering(0, 1, 2, 3)).score());
        QuestionResult r = Grader.grade(q, Answer.ordering(0, 2, 1, 3));
        assertEquals(0.5, r.score());
        assertEquals(List.of("fb a", "fb d"), r.feedback());
        assertEquals(0.0, Grader.grade(q, Answer.ordering(3, 2, 1, 0)).score());
        assertFalse(Grader.grade(q, Answer.ordering(0, 0, 1, 2)).answered(), "not a permutation");
        assertFalse(Grader.grade(q, Answer.ordering(0, 1, 2)).answered(), "too short");
        assertFalse(Grader.grade(q, Answer.choice(0)).answered(), "wrong kind of answer");
    }

    @Test
    void shortAnswerNormalisesCaseSpaceAndPunctuation() {
        Question all = Fixtures.shortAnswer("sh", Question.Ignore.ALL, "think again", "27%", "Al-Anon");
        assertTrue(Grader.grade(all, Answer.text("27%")).correct());
        assertTrue(Grader.grade(all, Answer.text(" 27 % ")).correct());
        assertTrue(Grader.grade(all, Answer.text("27")).correct(), "punctuation ignored");
        assertTrue(Grader.grade(all, Answer.text("al anon")).correct());
        assertTrue(Grader.grade(all, Answer.text("ALANON")).correct());
        assertEquals(List.of("fb Al-Anon"), Grader.grade(all, Answer.text("alanon")).feedback());
        QuestionResult wrong = Grader.grade(all, Answer.text("28"));
        assertEquals(0.0, wrong.score());
        assertEquals(List.of("think again"), wrong.feedback());
        assertFalse(Grader.grade(all, Answer.text("   ")).answered());
    }

    @Test
    void shortAnswerRespectsWhatIsNotIgnored() {
        Question caseOnly = Fixtures.shortAnswer("sh", EnumSet.of(Question.Ignore.CASE), "", "Al-Anon");
        assertTrue(Grader.grade(caseOnly, Answer.text("al-anon")).correct());
        assertTrue(Grader.grade(caseOnly, Answer.text("  al-anon ")).correct(), "ends are always trimmed");
        assertFalse(Grader.grade(caseOnly, Answer.text("al anon")).correct(), "punctuation counts");
        assertFalse(Grader.grade(caseOnly, Answer.text("al - anon")).correct(), "spaces count");
        assertEquals(List.of(), Grader.grade(caseOnly, Answer.text("x")).feedback(), "no wrong feedback given");
        Question exact = Fixtures.shortAnswer("ex", Set.of(), "", "Al Anon");
        assertFalse(Grader.grade(exact, Answer.text("al anon")).correct(), "case counts");
        assertTrue(Grader.grade(exact, Answer.text("Al   Anon")).correct(), "inner runs of space become one");
        Question spaceOnly = Fixtures.shortAnswer("sp", EnumSet.of(Question.Ignore.SPACE), "", "Al Anon");
        assertTrue(Grader.grade(spaceOnly, Answer.text("AlAnon")).correct());
    }

    @Test
    void normaliseFoldsUnicodeForms() {
        assertEquals("cafe", Grader.normalise("CAFE\u00A0", Question.Ignore.ALL));
        assertEquals("fi", Grader.normalise("ﬁ", Set.of()), "NFKC");
        assertEquals("dont", Grader.normalise("Don\u2019t!", Question.Ignore.ALL));
    }

    @Test
    void attemptScoreIsTheMeanAsAPercentageRoundedHalfUp() {
        Question s2 = Fixtures.choice("s2", QuestionType.SINGLE, "o", right("a"), wrong("b"));
        Question m3 = Fixtures.choice("m3", QuestionType.MULTIPLE, "o", right("a"), right("b"), right("c"), wrong("d"));
        Map<String, Answer> answers = Map.of("s", Answer.choice(1), "s2", Answer.choice(0), "m3", Answer.choice(0, 1));
        AttemptResult r = Grader.grade(List.of(single, s2, m3), answers, 80);
        // (1 + 1 + 2/3) / 3 = 0.8888... -> 88.9
        assertEquals(new BigDecimal("88.9"), r.percent());
        assertTrue(r.passed());
        assertEquals(List.of("s", "s2", "m3"), r.questions().stream().map(QuestionResult::questionId).toList());
    }

    @Test
    void attemptPassesAtExactlyThePassMark() {
        Question[] qs = new Question[5];
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            qs[i] = Fixtures.choice("q" + i, QuestionType.SINGLE, "o", right("a"), wrong("b"));
            answers.put("q" + i, Answer.choice(i < 4 ? 0 : 1));
        }
        AttemptResult r = Grader.grade(List.of(qs), answers, 80);
        assertEquals(new BigDecimal("80.0"), r.percent());
        assertTrue(r.passed());
        assertFalse(Grader.grade(List.of(qs), answers, 81).passed());
        answers.remove("q0");
        AttemptResult low = Grader.grade(List.of(qs), answers, 80);
        assertEquals(new BigDecimal("60.0"), low.percent());
        assertFalse(low.passed());
    }

    @Test
    void halfwayPercentagesRoundUpExactly() {
        // 1/8 and 0: mean 6.25 % exactly, shown as 6.3 (a double sum could land on 6.2499...)
        Question m8 = Fixtures.choice("m8", QuestionType.MULTIPLE, "o", right("a"), right("b"), right("c"), right("d"),
                right("e"), right("f"), right("g"), right("h"), wrong("x"));
        AttemptResult r = Grader.grade(List.of(m8, single), Map.of("m8", Answer.choice(0)), 80);
        assertEquals(new BigDecimal("6.3"), r.percent());
    }

    @Test
    void emptyAttemptScoresZeroAndFails() {
        AttemptResult r = Grader.grade(List.of(), Map.of(), 0);
        assertEquals(new BigDecimal("0.0"), r.percent());
        assertFalse(r.passed());
    }

    @Test
    void sampleBankAllRightScoresHundred() {
        QuestionBank bank = Fixtures.sampleBank();
        Map<String, Answer> answers = Map.of("define-1", Answer.choice(0), "define-tf", Answer.choice(1),
                "define-multi", Answer.choice(0, 1), "groups-match", Answer.matching(0, 1),
                "groups-short", Answer.text("aa"), "refer-order", Answer.ordering(0, 1, 2, 3),
                "refer-single", Answer.choice(1), "refer-short", Answer.text("FACILITATING"));
        AttemptResult r = Grader.grade(bank.questions(), answers, bank.settings().passMark());
        assertEquals(new BigDecimal("100.0"), r.percent());
        assertTrue(r.questions().stream().allMatch(QuestionResult::correct));
    }
}
