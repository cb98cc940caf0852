package org.maple.quiz.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One question of a bank, immutable. Only the parts its {@link #type()} needs are filled; the others
 * are empty lists. Answers and presentation orders refer to parts by their index in these lists
 * (the "canonical" index), never by the position shown on screen.
 * <ul>
 * <li>SINGLE, MULTIPLE: {@link #options()}.</li>
 * <li>TRUEFALSE: two options, "True" at index 0 and "False" at index 1, exactly one of them correct,
 * carrying {@code feedbackTrue} and {@code feedbackFalse}; see {@link #trueFalse}.</li>
 * <li>MATCHING: {@link #pairs()} and {@link #extraMatches()}; the list a learner picks from is
 * {@link #matches()}.</li>
 * <li>ORDERING: {@link #items()} in the correct order.</li>
 * <li>SHORT: {@link #accepted()}, {@link #ignore()} and {@link #wrongFeedback()}.</li>
 * </ul>
 * {@code scenarioId} is null when the question has no scenario; absent texts are empty strings.
 */
public record Question(String id, QuestionType type, String objective, List<String> danos,
        String scenarioId, String stem, String explanation, List<Option> options, List<Pair> pairs,
        List<String> extraMatches, List<Item> items, List<Accepted> accepted, Set<Ignore> ignore,
        String wrongFeedback) implements java.io.Serializable {

    /** A choice; for MULTIPLE any number may be correct. */
    public record Option(String text, boolean correct, String feedback) implements java.io.Serializable {
        public Option {
            text = nz(text);
            feedback = nz(feedback);
        }
    }

    /** A matching prompt, its correct match, and why. */
    public record Pair(String prompt, String match, String feedback) implements java.io.Serializable {
        public Pair {
            prompt = nz(prompt);
            match = nz(match);
            feedback = nz(feedback);
        }
    }

    /** An ordering item (listed in the correct order) and why it goes there. */
    public record Item(String text, String feedback) implements java.io.Serializable {
        public Item {
            text = nz(text);
            feedback = nz(feedback);
        }
    }

    /** An accepted short answer and its feedback. */
    public record Accepted(String text, String feedback) implements java.io.Serializable {
        public Accepted {
            text = nz(text);
            feedback = nz(feedback);
        }
    }

    /** What a short answer's comparison ignores. */
    public enum Ignore {
        CASE, SPACE, PUNCTUATION;

        public static final Set<Ignore> ALL = Collections.unmodifiableSet(EnumSet.allOf(Ignore.class));
    }

    public static final String TRUE_TEXT = "True";
    public static final String FALSE_TEXT = "False";

    public Question {
        id = nz(id);
        objective = nz(objective);
        danos = copy(danos);
        scenarioId = scenarioId == null || scenarioId.isBlank() ? null : scenarioId;
        stem = nz(stem);
        explanation = nz(explanation);
        options = copy(options);
        pairs = copy(pairs);
        extraMatches = copy(extraMatches);
        items = copy(items);
        accepted = copy(accepted);
        EnumSet<Ignore> set = EnumSet.noneOf(Ignore.class);
        if (ignore != null) {
            set.addAll(ignore);
        }
        ignore = Collections.unmodifiableSet(set);
        wrongFeedback = nz(wrongFeedback);
    }

    /** The two options of a true/false question: "True" (index 0) and "False" (index 1). */
    public static List<Option> trueFalse(boolean answer, String feedbackTrue, String feedbackFalse) {
        return List.of(new Option(TRUE_TEXT, answer, feedbackTrue), new Option(FALSE_TEXT, !answer, feedbackFalse));
    }

    /** The correct answer of a TRUEFALSE question. */
    public boolean trueFalseAnswer() {
        return !options.isEmpty() && options.get(0).correct();
    }

    /**
     * The list a matching prompt picks from: each distinct match of the pairs in order, then each
     * extra match not already listed. Matching answers are indexes into this list.
     */
    public List<String> matches() {
        List<String> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (!out.contains(p.match())) {
                out.add(p.match());
            }
        }
        for (String m : extraMatches) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** How many canonical parts an answer refers to: options, pairs, items or accepted answers. */
    public int partCount() {
        return switch (type) {
            case SINGLE, MULTIPLE, TRUEFALSE -> options.size();
            case MATCHING -> pairs.size();
            case ORDERING -> items.size();
            case SHORT -> accepted.size();
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> copy(Collection<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
