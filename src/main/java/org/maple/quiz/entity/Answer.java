package org.maple.quiz.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A learner's answer to one question, always in canonical indexes (see {@link Question}), never in
 * screen positions. {@link #encode()} gives a short string for one database column and
 * {@link #decode(String)} reads it back; anything unreadable decodes to {@link #NONE} (unanswered),
 * never an exception. Whether an answer suits a question is {@link #fits(Question)}; the grader
 * treats one that does not as unanswered.
 * <p>Encoding: {@code ""} unanswered; {@code c0,2} chosen options; {@code m2,-,0} the match index
 * per prompt ({@code -} none yet); {@code o2,0,1} item indexes in submitted order; {@code t} then
 * the typed text.
 */
public sealed interface Answer {

    int MAX_PARTS = 100;
    int MAX_TEXT = 1000;

    Answer NONE = new Unanswered();

    /** No answer (yet). */
    record Unanswered() implements Answer, java.io.Serializable {
    }

    /** Chosen option indexes (SINGLE, MULTIPLE, TRUEFALSE); kept sorted and distinct. */
    record Choice(List<Integer> chosen) implements Answer, java.io.Serializable {
        public Choice {
            chosen = List.copyOf(new TreeSet<>(chosen));
        }
    }

    /** Per prompt (pair index), the chosen index into {@link Question#matches()}, or -1. */
    record Matching(List<Integer> chosen) implements Answer, java.io.Serializable {
        public Matching {
            chosen = List.copyOf(chosen);
        }
    }

    /** Item indexes in the order the learner put them. */
    record Ordering(List<Integer> order) implements Answer, java.io.Serializable {
        public Ordering {
            order = List.copyOf(order);
        }
    }

    /** Typed text (SHORT), cut to {@link #MAX_TEXT} characters. */
    record Text(String text) implements Answer, java.io.Serializable {
        public Text {
            text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        }
    }

    static Choice choice(int... indexes) {
        return new Choice(Arrays.stream(indexes).boxed().toList());
    }

    static Matching matching(int... perPrompt) {
        return new Matching(Arrays.stream(perPrompt).boxed().toList());
    }

    static Ordering ordering(int... order) {
        return new Ordering(Arrays.stream(order).boxed().toList());
    }

    static Text text(String text) {
        return new Text(text);
    }

    /** Whether anything was given: a choice, one prompt matched, an order, non-blank text. */
    default boolean given() {
        if (this instanceof Choice c) {
            return !c.chosen().isEmpty();
        } else if (this instanceof Matching m) {
            return m.chosen().stream().anyMatch(i -> i >= 0);
        } else if (this instanceof Ordering o) {
            return !o.order().isEmpty();
        } else if (this instanceof Text t) {
            return !t.text().isBlank();
        }
        return false;
    }

    /** Whether this answer has the shape the question needs, with every index in range. */
    default boolean fits(Question q) {
        int n = q.partCount();
        if (this instanceof Choice c) {
            return q.type().usesOptions() && c.chosen().stream().allMatch(i -> i >= 0 && i < n)
                    && (q.type() == QuestionType.MULTIPLE || c.chosen().size() <= 1);
        } else if (this instanceof Matching m) {
            int matches = q.matches().size();
            return q.type() == QuestionType.MATCHING && m.chosen().size() == n
                    && m.chosen().stream().allMatch(i -> i >= -1 && i < matches);
        } else if (this instanceof Ordering o) {
            return q.type() == QuestionType.ORDERING && o.order().size() == n
                    && Set.copyOf(o.order()).size() == n && o.order().stream().allMatch(i -> i >= 0 && i < n);
        } else if (this instanceof Text) {
            return q.type() == QuestionType.SHORT;
        }
        return true;
    }

    /** The compact storage form; see the class comment. */
    default String encode() {
        if (this instanceof Choice c) {
            return "c" + join(c.chosen());
        } else if (this instanceof Matching m) {
            return "m" + join(m.chosen());
        } else if (this instanceof Ordering o) {
            return "o" + join(o.order());
        } else if (this instanceof Text t) {
            return "t" + t.text();
        }
        return "";
    }

    /** Reads {@link #encode()}'s form back; null, empty or garbage gives {@link #NONE}. */
    static Answer decode(String s) {
        if (s == null || s.isEmpty()) {
            return NONE;
        }
        String rest = s.substring(1);
        if (s.charAt(0) == 't') {
            return rest.length() > MAX_TEXT ? NONE : new Text(rest);
        }
        List<Integer> numbers = numbers(rest, s.charAt(0) == 'm');
        if (numbers == null) {
            return NONE;
        }
        return switch (s.charAt(0)) {
            case 'c' -> new Choice(numbers);
            case 'm' -> numbers.isEmpty() ? NONE : new Matching(numbers);
            case 'o' -> new Ordering(numbers);
            default -> NONE;
        };
    }

    private static String join(List<Integer> list) {
        return list.stream().map(i -> i < 0 ? "-" : Integer.toString(i)).collect(Collectors.joining(","));
    }

    /** Comma-separated indexes (0..9999, "-" as -1 when allowed), or null when malformed. */
    private static List<Integer> numbers(String s, boolean allowNone) {
        List<Integer> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        String[] parts = s.split(",", -1);
        if (parts.length > MAX_PARTS) {
            return null;
        }
        for (String p : parts) {
            if (allowNone && p.equals("-")) {
                out.add(-1);
            } else if (p.matches("[0-9]{1,4}")) {
                out.add(Integer.parseInt(p));
            } else {
                return null;
            }
        }
        return out;
    }
}
