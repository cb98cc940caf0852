package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptPaper;
import org.maple.quiz.entity.QuestionBank;

/** The storage encodings of answers and attempt papers. */
class EncodingTest {

    @Test
    void answersRoundTrip() {
        List<Answer> answers = List.of(Answer.NONE, Answer.choice(2, 0), Answer.choice(1), Answer.matching(2, -1, 0),
                Answer.ordering(2, 0, 1), Answer.text("27 %, or so; c=3 | x"), Answer.text(""),
                        Answer.text("ünï\ncode"),
                new Answer.Choice(List.of()));
        for (Answer a : answers) {
            assertEquals(a, Answer.decode(a.encode()), a::toString);
        }
        assertEquals("c0,2", Answer.choice(2, 0, 2).encode(), "sorted, distinct");
        assertEquals("m2,-,0", Answer.matching(2, -1, 0).encode());
        assertEquals("o2,0,1", Answer.ordering(2, 0, 1).encode());
        assertEquals("tAl-Anon", Answer.text("Al-Anon").encode());
        assertEquals("", Answer.NONE.encode());
    }

    @Test
    void garbageDecodesAsUnanswered() {
        for (String s : new String[] {null, "", "x", "c1,,2", "c-1", "c1;2", "cabc", "m1,x", "o1,-", "c99999",
                "m", "q0", "c" + "1,".repeat(200) + "1", "t" + "x".repeat(Answer.MAX_TEXT + 1), "\u0000", "o 1"}) {
            assertEquals(Answer.NONE, Answer.decode(s), String.valueOf(s));
        }
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            random.nextBytes(bytes);
            Answer.decode(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)); // never throws
        }
    }

    @Test
    void decodedAnswersThatDoNotFitCountAsUnanswered() {
        QuestionBank bank = Fixtures.sampleBank();
        var single = bank.question("define-1").orElseThrow();
        assertTrue(Answer.decode("c2").fits(single));
        assertFalse(Answer.decode("c3").fits(single), "out of range");
        assertFalse(Answer.decode("c0,1").fits(single), "two on a single");
        assertFalse(Answer.decode("o0,1,2").fits(single), "wrong kind");
        assertTrue(Answer.decode("c0,1,2").fits(bank.question("define-multi").orElseThrow()));
        assertTrue(Answer.decode("m2,-").fits(bank.question("groups-match").orElseThrow()));
        assertFalse(Answer.decode("m3,0").fits(bank.question("groups-match").orElseThrow()));
        assertEquals(0.0, Grader.grade(single, Answer.decode("c9")).score());
    }

    @Test
    void longTextIsCut() {
        Answer.Text t = Answer.text("y".repeat(5000));
        assertEquals(Answer.MAX_TEXT, t.text().length());
        assertEquals(t, Answer.decode(t.encode()));
    }

    @Test
    void papersRoundTrip() {
        QuestionBank bank = Fixtures.sampleBank();
        for (long seed = 0; seed < 20; seed++) {
            AttemptPaper p = QuizDraw.draw(bank, bank.settings(), seed);
            assertEquals(Optional.of(p), AttemptPaper.decode(p.encode()));
        }
        AttemptPaper p = new AttemptPaper(List.of(
                new AttemptPaper.Presentation("define-1", List.of(2, 0, 1), List.of()),
                new AttemptPaper.Presentation("plus-one", List.of(), List.of()),
                new AttemptPaper.Presentation("match-1", List.of(1, 0), List.of(2, 0, 3, 1))));
        assertEquals("define-1=2,0,1;plus-one=;match-1=1,0|2,0,3,1", p.encode());
        assertEquals(Optional.of(p), AttemptPaper.decode(p.encode()));
        assertEquals(List.of("define-1", "plus-one", "match-1"), p.questionIds());
    }

    @Test
    void garbagePapersDecodeAsEmpty() {
        for (String s : new String[] {null, "", ";", "a=1;a=2", "A=1", "a=1,", "a=x", "a", "a=1|", "a=1;;b=2",
                "a=1|2|3", "-a=1"}) {
            assertEquals(Optional.empty(), AttemptPaper.decode(s), String.valueOf(s));
        }
    }
}
