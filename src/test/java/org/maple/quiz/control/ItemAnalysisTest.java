package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.ItemStatistic;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

class ItemAnalysisTest {

    final Question easy = Fixtures.choice("easy", QuestionType.SINGLE, "o", Fixtures.right("A"), Fixtures.wrong("B"));
    final Question hard = Fixtures.choice("hard", QuestionType.SINGLE, "o", Fixtures.right("A"), Fixtures.wrong("B"));
    final Question good = Fixtures.choice("good", QuestionType.SINGLE, "o", Fixtures.right("A"), Fixtures.wrong("B"));
    final Question other = Fixtures.choice("other", QuestionType.SINGLE, "o", Fixtures.right("A"), Fixtures.wrong("B"));

    @Test
    void facilityDiscriminationOptionUseAndFlags() {
        List<ItemAnalysis.Graded> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean strong = i < 5;
            // everyone gets "easy", nobody "hard"; "good" and "other" are right exactly for the strong half
            rows.add(ItemAnalysis.graded(
                    Map.of("easy", 1.0, "hard", 0.0, "good", strong ? 1.0 : 0.0, "other", strong ? 1.0 : 0.0),
                    Map.of("easy", Answer.choice(0), "hard", Answer.choice(1), "good", Answer.choice(strong ? 0 : 1))));
        }
        List<ItemStatistic> stats = ItemAnalysis.analyse(List.of(easy, hard, good), rows);
        ItemStatistic e = stats.get(0);
        ItemStatistic h = stats.get(1);
        ItemStatistic g = stats.get(2);
        assertEquals(10, e.attempts());
        assertEquals(1.0, e.facility());
        assertNull(e.discrimination(), "no variation, no correlation");
        assertTrue(e.flags().get(0).startsWith("Everybody"));
        assertEquals(0.0, h.facility());
        assertTrue(h.flags().stream().anyMatch(f -> f.startsWith("Nobody")));
        assertTrue(h.flags().stream().anyMatch(f -> f.startsWith("Most learners choose a wrong option")));
        assertEquals(1.0, h.options().get(1).share());
        assertEquals(0.5, g.facility());
        assertEquals(1.0, g.discrimination(), 1e-9);
        assertTrue(g.flags().isEmpty(), g.flags().toString());
        assertEquals(5, g.options().get(0).chosen());
    }

    @Test
    void aQuestionThatStrongLearnersMissIsFlagged() {
        List<ItemAnalysis.Graded> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean strong = i < 3;
            rows.add(ItemAnalysis.graded(Map.of("good", strong ? 0.0 : 1.0, "other", strong ? 1.0 : 0.0), Map.of()));
        }
        ItemStatistic g = ItemAnalysis.analyse(List.of(good), rows).get(0);
        assertEquals(-1.0, g.discrimination(), 1e-9);
        assertTrue(g.flags().stream().anyMatch(f -> f.contains("check the key")));
    }

    @Test
    void tooFewAttemptsGiveNoFlagsAndNoDiscrimination() {
        List<ItemAnalysis.Graded> rows = List.of(ItemAnalysis.graded(Map.of("hard", 0.0), Map.of()));
        ItemStatistic h = ItemAnalysis.analyse(List.of(hard, easy), rows).get(0);
        assertEquals(1, h.attempts());
        assertNull(h.discrimination());
        assertTrue(h.flags().isEmpty());
        assertNull(ItemAnalysis.analyse(List.of(easy), List.of()).get(0).facility());
    }
}
