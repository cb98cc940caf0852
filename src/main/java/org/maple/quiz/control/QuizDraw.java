package org.maple.quiz.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.maple.quiz.entity.AttemptPaper;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuizSettings;

/**
 * Draws the paper of a new attempt: {@code perObjective} questions per objective at random without
 * replacement (an objective with fewer gives all it has), in shuffled or bank order, with each
 * question's parts laid out. Everything follows from the seed ({@link java.util.Random}, whose
 * algorithm the JDK specifies), so the same bank, settings and seed always give the same paper.
 * <p>Layout: options are shuffled when {@code shuffleOptions} (true/false stays True, False);
 * matching prompts likewise, while the list of matches is always shuffled; ordering items are always
 * shuffled and, with two or more items, never shown in the correct order.
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    public static AttemptPaper draw(QuestionBank bank, QuizSettings settings, long seed) {
        return draw(bank.questions(), settings, seed);
    }

    /** How many questions a paper drawn from {@code questions} holds, without drawing it. */
    public static int size(List<Question> questions, QuizSettings settings) {
        Map<String, Integer> perObjective = new LinkedHashMap<>();
        questions.forEach(q -> perObjective.merge(q.objective(), 1, Integer::sum));
        return perObjective.values().stream().mapToInt(n -> Math.min(n, settings.perObjective())).sum();
    }

    /** Draws from {@code questions} (a bank's, in bank order). */
    public static AttemptPaper draw(List<Question> questions, QuizSettings settings, long seed) {
        Random random = new Random(seed);
        Map<String, List<Question>> byObjective = new LinkedHashMap<>();
        for (Question q : questions) {
            byObjective.computeIfAbsent(q.objective(), k -> new ArrayList<>()).add(q);
        }
        List<Question> drawn = new ArrayList<>();
        for (List<Question> pool : byObjective.values()) {
            List<Question> shuffled = shuffle(pool, random);
            drawn.addAll(shuffled.subList(0, Math.min(settings.perObjective(), shuffled.size())));
        }
        if (settings.shuffleQuestions()) {
            drawn = shuffle(drawn, random);
        } else {
            drawn.sort(Comparator.comparingInt(questions::indexOf));
        }
        List<AttemptPaper.Presentation> out = new ArrayList<>();
        for (Question q : drawn) {
            out.add(present(q, settings.shuffleOptions(), random));
        }
        return new AttemptPaper(out);
    }

    private static AttemptPaper.Presentation present(Question q, boolean shuffleOptions, Random random) {
        List<Integer> order = List.of();
        List<Integer> matchOrder = List.of();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> order = maybeShuffle(q.options().size(), shuffleOptions, random);
            case TRUEFALSE -> order = identity(q.options().size());
            case MATCHING -> {
                order = maybeShuffle(q.pairs().size(), shuffleOptions, random);
                matchOrder = shuffle(identity(q.matches().size()), random);
            }
            case ORDERING -> {
                List<Integer> items = shuffle(identity(q.items().size()), random);
                if (items.size() >= 2 && items.equals(identity(items.size()))) {
                    Collections.rotate(items, 1);
                }
                order = items;
            }
            case SHORT -> order = List.of();
            default -> throw new IllegalStateException(q.type().id());
        }
        return new AttemptPaper.Presentation(q.id(), order, matchOrder);
    }

    private static List<Integer> maybeShuffle(int n, boolean shuffle, Random random) {
        return shuffle ? shuffle(identity(n), random) : identity(n);
    }

    private static List<Integer> identity(int n) {
        return new ArrayList<>(IntStream.range(0, n).boxed().toList());
    }

    /** Fisher-Yates on a copy, spelled out so the result depends only on Random's specified output. */
    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> out = new ArrayList<>(list);
        for (int i = out.size() - 1; i > 0; i--) {
            Collections.swap(out, i, random.nextInt(i + 1));
        }
        return out;
    }
}
