package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptPaper;
import org.maple.quiz.entity.AttemptPaper.Presentation;
import org.maple.quiz.entity.FeedbackPolicy;
import org.maple.quiz.entity.GivenAnswer;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionResult;
import org.maple.quiz.entity.QuestionType;
import org.maple.quiz.entity.QuizSettings;
import org.maple.quiz.entity.ReviewQuestion;
import org.maple.quiz.entity.SheetQuestion;

class PaperLayoutTest {

    final Question single = Fixtures.choice("s", QuestionType.SINGLE, "o", Fixtures.right("A"), Fixtures.wrong("B"),
            Fixtures.wrong("C"));
    final Question multiple = Fixtures.choice("m", QuestionType.MULTIPLE, "o", Fixtures.right("A"), Fixtures.wrong("B"),
            Fixtures.right("C"));
    final Question ordering = Fixtures.ordering("ord", "o", "first", "second", "third");
    final Question matching = Fixtures.matching("mat", List.of(new Question.Pair("AA", "12 steps", ""),
            new Question.Pair("SMART", "4 points", "")), List.of("CRAFT"));

    @Test
    void screenPositionsMapToCanonicalIndexesThroughTheFrozenOrder() {
        Presentation p = new Presentation("s", List.of(2, 0, 1), List.of());
        assertEquals(Answer.choice(0), PaperLayout.toCanonical(single, p, new GivenAnswer(List.of(1), null, null, null)));
        assertEquals(Answer.choice(2), PaperLayout.toCanonical(single, p, new GivenAnswer(List.of(0), null, null, null)));
        Presentation pm = new Presentation("m", List.of(1, 2, 0), List.of());
        assertEquals(Answer.choice(0, 2), PaperLayout.toCanonical(multiple, pm, new GivenAnswer(List.of(1, 2), null, null, null)));
    }

    @Test
    void theSheetShowsTheSavedAnswerInScreenPositionsAndNoKey() {
        Presentation p = new Presentation("s", List.of(2, 0, 1), List.of());
        SheetQuestion q = PaperLayout.sheet(1, single, null, p, Answer.choice(0));
        assertEquals(List.of("C", "A", "B"), q.options().stream().map(SheetQuestion.Shown::text).toList());
        assertEquals(List.of(false, true, false), q.options().stream().map(SheetQuestion.Shown::selected).toList());
        assertTrue(q.answered());
        // round trip: what the screen shows as chosen maps back to the saved answer
        List<Integer> shownChosen = q.options().stream().filter(SheetQuestion.Shown::selected).map(SheetQuestion.Shown::index).toList();
        assertEquals(Answer.choice(0), PaperLayout.toCanonical(single, p, new GivenAnswer(shownChosen, null, null, null)));
    }

    @Test
    void matchingMapsPromptsAndMatchesBothWays() {
        // screen: prompts SMART, AA; matches list CRAFT, 12 steps, 4 points (indexes into matches(): 2, 0, 1)
        Presentation p = new Presentation("mat", List.of(1, 0), List.of(2, 0, 1));
        Answer a = PaperLayout.toCanonical(matching, p, new GivenAnswer(null, List.of(2, 1), null, null));
        assertEquals(Answer.matching(0, 1), a, "AA -> 12 steps, SMART -> 4 points");
        assertEquals(1.0, Grader.grade(matching, a).score());
        SheetQuestion q = PaperLayout.sheet(1, matching, null, p, a);
        assertEquals(List.of("SMART", "AA"), q.prompts().stream().map(SheetQuestion.Shown::text).toList());
        assertEquals(List.of(2, 1), q.prompts().stream().map(SheetQuestion.Shown::chosen).toList());
        assertEquals(List.of("CRAFT", "12 steps", "4 points"), q.matches());
        Answer partial = PaperLayout.toCanonical(matching, p, new GivenAnswer(null, List.of(-1, 1), null, null));
        assertEquals(Answer.matching(0, -1), partial);
    }

    @Test
    void orderingUsesItemIdsFromTheStartingOrder() {
        Presentation p = new Presentation("ord", List.of(2, 0, 1), List.of());
        SheetQuestion start = PaperLayout.sheet(1, ordering, null, p, null);
        assertEquals(List.of("third", "first", "second"), start.items().stream().map(SheetQuestion.Shown::text).toList());
        assertEquals("0,1,2", start.orderingValue());
        Answer a = PaperLayout.toCanonical(ordering, p, new GivenAnswer(null, null, List.of(1, 2, 0), null));
        assertEquals(Answer.ordering(0, 1, 2), a);
        SheetQuestion after = PaperLayout.sheet(1, ordering, null, p, a);
        assertEquals(List.of("first", "second", "third"), after.items().stream().map(SheetQuestion.Shown::text).toList());
        assertEquals("1,2,0", after.orderingValue());
    }

    @Test
    void answersThatDoNotFitAreRefusedWithAReason() {
        Presentation p = new Presentation("s", List.of(2, 0, 1), List.of());
        assertThrows(IllegalArgumentException.class, () -> PaperLayout.toCanonical(single, p, new GivenAnswer(List.of(3), null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> PaperLayout.toCanonical(single, p, new GivenAnswer(List.of(0, 1), null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> PaperLayout.toCanonical(single, p, new GivenAnswer(List.of(-1), null, null, null)));
        Presentation po = new Presentation("ord", List.of(2, 0, 1), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PaperLayout.toCanonical(ordering, po, new GivenAnswer(null, null, List.of(0, 0, 1), null)));
        assertTrue(e.getMessage().contains("every item exactly once"), e.getMessage());
        assertEquals(Answer.NONE, PaperLayout.toCanonical(single, p, new GivenAnswer(null, null, List.of(1), null)));
    }

    @Test
    void theReviewHidesTheKeyUntilThePolicyAllowsIt() {
        QuestionResult r = Grader.grade(single, Answer.choice(1));
        ReviewQuestion hidden = PaperLayout.review(1, single, null, Answer.choice(1), r,
                FeedbackPolicy.STANDARD.reveal(false, true));
        assertFalse(hidden.correct());
        assertNull(hidden.correctAnswer());
        assertNull(hidden.explanation());
        assertEquals(List.of("B"), hidden.yourAnswer());
        ReviewQuestion shown = PaperLayout.review(1, single, null, Answer.choice(1), r,
                FeedbackPolicy.STANDARD.reveal(false, false));
        assertEquals(List.of("A"), shown.correctAnswer());
        ReviewQuestion scoreOnly = PaperLayout.review(1, single, null, Answer.choice(1), r,
                FeedbackPolicy.SCORE_ONLY.reveal(false, true));
        assertNull(scoreOnly.correct());
        assertTrue(scoreOnly.feedback().isEmpty());
    }

    @Test
    void aDrawnPaperRoundTripsThroughTheSheetForEveryQuestionOfTheSampleBank() {
        QuestionBank bank = Fixtures.sampleBank();
        AttemptPaper paper = QuizDraw.draw(bank, QuizSettings.DEFAULTS, 42);
        for (Presentation p : paper.questions()) {
            Question q = bank.question(p.questionId()).orElseThrow();
            SheetQuestion s = PaperLayout.sheet(1, q, null, p, null);
            GivenAnswer g = switch (q.type()) {
                case SINGLE, TRUEFALSE -> new GivenAnswer(List.of(s.options().size() - 1), null, null, null);
                case MULTIPLE -> new GivenAnswer(List.of(0, 1), null, null, null);
                case MATCHING -> new GivenAnswer(null, s.prompts().stream().map(x -> 0).toList(), null, null);
                case ORDERING -> new GivenAnswer(null, null, s.items().stream().map(SheetQuestion.Shown::index).toList().stream().sorted(java.util.Comparator.reverseOrder()).toList(), null);
                case SHORT -> new GivenAnswer(null, null, null, "an answer");
            };
            Answer a = PaperLayout.toCanonical(q, p, g);
            assertTrue(a.fits(q), q.id());
            SheetQuestion again = PaperLayout.sheet(1, q, null, p, a);
            assertTrue(again.answered(), q.id());
        }
    }
}
