package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.maple.quiz.entity.FeedbackPolicy;
import org.maple.quiz.entity.FeedbackPolicy.Reveal;

class FeedbackPolicyTest {

    private static final Reveal RIGHT_WRONG_AND_CHOSEN = new Reveal(true, true, false, false);

    @Test
    void standardShowsAnswersOnlyOncePassedOrOutOfAttempts() {
        FeedbackPolicy p = FeedbackPolicy.STANDARD;
        assertEquals(RIGHT_WRONG_AND_CHOSEN, p.reveal(false, true), "failed, may try again");
        assertEquals(Reveal.EVERYTHING, p.reveal(true, true), "passed");
        assertEquals(Reveal.EVERYTHING, p.reveal(false, false), "failed, no attempts left");
        assertEquals(Reveal.EVERYTHING, p.reveal(true, false));
    }

    @Test
    void scoreOnlyShowsNothingMoreUntilFinished() {
        FeedbackPolicy p = FeedbackPolicy.SCORE_ONLY;
        assertEquals(Reveal.NOTHING, p.reveal(false, true));
        assertEquals(Reveal.EVERYTHING, p.reveal(true, true));
        assertEquals(Reveal.EVERYTHING, p.reveal(false, false));
        assertEquals(Reveal.EVERYTHING, p.reveal(true, false));
    }

    @Test
    void fullShowsEverythingAlways() {
        for (boolean passed : new boolean[] {true, false}) {
            for (boolean left : new boolean[] {true, false}) {
                assertEquals(Reveal.EVERYTHING, FeedbackPolicy.FULL.reveal(passed, left));
            }
        }
    }

    @Test
    void namesMatchTheBankFormat() {
        assertEquals(Optional.of(FeedbackPolicy.SCORE_ONLY), FeedbackPolicy.fromId("score-only"));
        assertEquals(Optional.of(FeedbackPolicy.STANDARD), FeedbackPolicy.fromId("standard"));
        assertEquals(Optional.of(FeedbackPolicy.FULL), FeedbackPolicy.fromId("full"));
        assertEquals(Optional.empty(), FeedbackPolicy.fromId("SCORE_ONLY"));
        assertEquals("score-only", FeedbackPolicy.SCORE_ONLY.id());
    }
}
