package org.maple.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Out of tries": every attempt used (grants included), none passed, none under way. */
class QuizStandingTest {

    static QuizStanding.Standing s(int used, int limit, boolean passed, int failed, boolean open) {
        return new QuizStanding.Standing(7, "c1", used, limit, passed, failed, open, 50.0, null);
    }

    @Test
    void outOfTriesOnlyWhenEveryAttemptIsUsedWithoutAPassAndNoneIsOpen() {
        assertTrue(s(3, 3, false, 3, false).outOfTries());
        assertFalse(s(3, 4, false, 3, false).outOfTries(), "a grant gives another try");
        assertFalse(s(3, 3, false, 2, true).outOfTries(), "the last attempt is under way");
        assertFalse(s(3, 3, true, 2, false).outOfTries(), "passed on the last attempt");
        assertEquals(1, s(3, 4, false, 3, false).attemptsLeft());
        assertEquals(0, s(2, 3, true, 1, false).attemptsLeft(), "nothing left to do once passed");
    }
}
