package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maple.quiz.control.Fixtures.right;
import static org.maple.quiz.control.Fixtures.wrong;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.maple.quiz.entity.AttemptPaper;
import org.maple.quiz.entity.FeedbackPolicy;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionType;
import org.maple.quiz.entity.QuizSettings;

class QuizDrawTest {

    private static final QuizSettings SHUFFLED = QuizSettings.DEFAULTS;
    private static final QuizSettings FIXED = new QuizSettings(2, 80, 3, false, false, 0, FeedbackPolicy.STANDARD);

    /** Objective "a" has 5 questions, "b" 3, "c" 1; each has 4 options. */
    private static List<Question> pool() {
        List<Question> out = new ArrayList<>();
        Map<String, Integer> sizes = Map.of("a", 5, "b", 3, "c", 1);
        for (String objective : List.of("a", "b", "c")) {
            for (int i = 0; i < sizes.get(objective); i++) {
                out.add(Fixtures.choice(objective + i, QuestionType.SINGLE, objective,
                        right("r"), wrong("w1"), wrong("w2"), wrong("w3")));
            }
        }
        return out;
    }

    @Test
    void theSizeOfAPaperIsKnownWithoutDrawingIt() {
        QuestionBank bank = Fixtures.sampleBank();
        for (int per = 1; per <= 4; per++) {
            QuizSettings s = new QuizSettings(per, 80, 3, true, true, 0, FeedbackPolicy.STANDARD);
            assertEquals(QuizDraw.draw(bank, s, 7).questions().size(), QuizDraw.size(bank.questions(), s), "perObjective " + per);
        }
    }

    @Test
    void drawsPerObjectiveWithoutDuplicates() {
        List<Question> pool = pool();
        Map<String, Question> byId = pool.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        for (long seed = 0; seed < 50; seed++) {
            AttemptPaper paper = QuizDraw.draw(pool, SHUFFLED, seed);
            List<String> ids = paper.questionIds();
            assertEquals(5, ids.size(), "2 + 2 + the 1 that c has");
            assertEquals(5, new HashSet<>(ids).size(), "no question twice");
            Map<String, Long> perObjective = ids.stream().collect(
                    Collectors.groupingBy(id -> byId.get(id).objective(), Collectors.counting()));
            assertEquals(Map.of("a", 2L, "b", 2L, "c", 1L), perObjective);
        }
        QuizSettings three = new QuizSettings(3, 80, 3, true, true, 0, FeedbackPolicy.STANDARD);
        assertEquals(3 + 3 + 1, QuizDraw.draw(pool, three, 7).questionIds().size());
    }

    @Test
    void sameSeedSamePaperOtherSeedsDiffer() {
        List<Question> pool = pool();
        AttemptPaper first = QuizDraw.draw(pool, SHUFFLED, 42L);
        assertEquals(first, QuizDraw.draw(pool, SHUFFLED, 42L));
        assertEquals(first.encode(), QuizDraw.draw(pool, SHUFFLED, 42L).encode());
        assertNotEquals(first, QuizDraw.draw(pool, SHUFFLED, 43L));
        Set<List<String>> selections = new HashSet<>();
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            AttemptPaper p = QuizDraw.draw(pool, SHUFFLED, seed);
            orders.add(p.questionIds());
            selections.add(p.questionIds().stream().sorted().toList());
        }
        assertTrue(selections.size() > 10, "different seeds draw different questions: " + selections.size());
        assertTrue(orders.size() > 20, "and order them differently: " + orders.size());
    }

    @Test
    void optionOrderIsShuffledStablyPerSeed() {
        List<Question> pool = pool();
        Set<List<Integer>> layouts = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            AttemptPaper p = QuizDraw.draw(pool, SHUFFLED, seed);
            for (AttemptPaper.Presentation pr : p.questions()) {
                assertEquals(List.of(0, 1, 2, 3), pr.order().stream().sorted().toList(), "a permutation");
                layouts.add(pr.order());
            }
            assertEquals(p, QuizDraw.draw(pool, SHUFFLED, seed));
        }
        assertTrue(layouts.size() > 10, "options really shuffled: " + layouts.size());
    }

    @Test
    void withoutShufflingQuestionsKeepBankOrderAndOptionsTheirOrder() {
        List<Question> pool = pool();
        for (long seed = 0; seed < 20; seed++) {
            AttemptPaper p = QuizDraw.draw(pool, FIXED, seed);
            List<Integer> positions = p.questionIds().stream()
                    .map(id -> IntStream.range(0, pool.size()).filter(i -> pool.get(i).id().equals(id))
                            .findFirst().orElseThrow())
                    .toList();
            assertEquals(positions.stream().sorted().toList(), positions);
            p.questions().forEach(pr -> assertEquals(List.of(0, 1, 2, 3), pr.order()));
        }
    }

    @Test
    void orderingIsNeverPresentedInTheCorrectOrder() {
        for (int n = 2; n <= 5; n++) {
            String[] items = IntStream.range(0, n).mapToObj(i -> "item " + i).toArray(String[]::new);
            List<Question> one = List.of(Fixtures.ordering("o", "x", items));
            Set<List<Integer>> seen = new HashSet<>();
            for (long seed = 0; seed < 200; seed++) {
                List<Integer> order = QuizDraw.draw(one, FIXED, seed).questions().get(0).order();
                assertNotEquals(IntStream.range(0, n).boxed().toList(), order, "n=" + n + " seed=" + seed);
                assertEquals(IntStream.range(0, n).boxed().toList(), order.stream().sorted().toList());
                seen.add(order);
            }
            assertTrue(seen.size() > 1 || n == 2, "varies for n=" + n);
        }
    }

    @Test
    void presentsEachTypeSuitably() {
        QuestionBank bank = Fixtures.sampleBank();
        QuizSettings all = new QuizSettings(10, 80, 3, true, true, 0, FeedbackPolicy.STANDARD);
        AttemptPaper p = QuizDraw.draw(bank, all, 5);
        assertEquals(bank.questions().size(), p.questions().size());
        assertEquals(List.of(0, 1), p.presentation("define-tf").orElseThrow().order(), "True, False stay put");
        assertEquals(List.of(), p.presentation("groups-short").orElseThrow().order());
        AttemptPaper.Presentation match = p.presentation("groups-match").orElseThrow();
        assertEquals(List.of(0, 1), match.order().stream().sorted().toList());
        assertEquals(List.of(0, 1, 2), match.matchOrder().stream().sorted().toList());
        assertNotEquals(List.of(0, 1, 2, 3), p.presentation("refer-order").orElseThrow().order());
        assertEquals(List.of(), p.presentation("define-1").orElseThrow().matchOrder());
        // the bank's own settings: perObjective 2, options not shuffled
        AttemptPaper own = QuizDraw.draw(bank, bank.settings(), 5);
        assertEquals(6, own.questions().size());
        own.presentation("define-1").ifPresent(pr -> assertEquals(List.of(0, 1, 2), pr.order()));
    }
}
