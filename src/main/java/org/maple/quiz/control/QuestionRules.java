package org.maple.quiz.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

/**
 * The rules a question must meet to join a bank, wherever it came from (a bank file, a GIFT import,
 * the trainer editor): enough parts, the right number of correct options, feedback on every part,
 * an explanation. DANOS codes, objectives and scenarios depend on the course and are checked by
 * {@link BankParser}.
 */
public final class QuestionRules {

    /** Question, scenario and objective ids: a-z, 0-9 and '-', starting with a letter or digit. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /**
     * One broken rule. {@code field} is the bank-file field concerned ({@code options}, {@code pairs},
     * {@code items}, {@code accept}, {@code stem}, ...); {@code index} the 0-based part within it, or
     * -1 for the field as a whole.
     */
    public record Violation(String field, int index, String reason) {
    }

    private QuestionRules() {
    }

    public static List<Violation> check(Question q) {
        List<Violation> out = new ArrayList<>();
        if (!q.id().isEmpty() && !ID.matcher(q.id()).matches()) {
            out.add(new Violation("id", -1, "'id' may hold only a-z, 0-9 and '-' (found '" + q.id() + "')"));
        }
        if (q.stem().isBlank()) {
            out.add(new Violation("stem", -1, "required field 'stem' is missing"));
        }
        if (q.explanation().isBlank()) {
            out.add(new Violation("explanation", -1,
                    "required field 'explanation' is missing: every question explains its answer"));
        }
        String type = q.type().id();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                atLeast(out, "options", q.options().size(), 2, type);
                long correct = q.options().stream().filter(Question.Option::correct).count();
                if (q.type() == QuestionType.SINGLE && correct != 1 && q.options().size() >= 2) {
                    out.add(new Violation("options", -1,
                            "a single question needs exactly one correct option (found " + correct + ")"));
                } else if (q.type() == QuestionType.MULTIPLE && correct == 0 && q.options().size() >= 2) {
                    out.add(new Violation("options", -1, "a multiple question needs at least one correct option"));
                }
                parts(out, "options", "option", q.options(), Question.Option::text, Question.Option::feedback);
            }
            case TRUEFALSE -> {
                if (q.options().size() != 2) {
                    out.add(new Violation("answer", -1, "a truefalse question has exactly two options"));
                } else {
                    feedback(out, "feedbackTrue", q.options().get(0).feedback(), "true");
                    feedback(out, "feedbackFalse", q.options().get(1).feedback(), "false");
                }
            }
            case MATCHING -> {
                atLeast(out, "pairs", q.pairs().size(), 2, type);
                parts(out, "pairs", "pair", q.pairs(), Question.Pair::prompt, Question.Pair::feedback);
                for (int i = 0; i < q.pairs().size(); i++) {
                    if (q.pairs().get(i).match().isBlank()) {
                        out.add(new Violation("pairs", i, "pair " + (i + 1) + " has no match"));
                    }
                }
                for (String extra : q.extraMatches()) {
                    if (q.pairs().stream().anyMatch(p -> p.match().equals(extra))) {
                        out.add(new Violation("extraMatches", -1,
                                "extra match '" + extra + "' is also the right match of a prompt"));
                    }
                }
            }
            case ORDERING -> {
                atLeast(out, "items", q.items().size(), 2, type);
                parts(out, "items", "item", q.items(), Question.Item::text, Question.Item::feedback);
            }
            case SHORT -> {
                atLeast(out, "accept", q.accepted().size(), 1, type);
                parts(out, "accept", "accepted answer", q.accepted(), Question.Accepted::text,
                        Question.Accepted::feedback);
            }
            default -> throw new IllegalStateException(type);
        }
        return out;
    }

    private static void atLeast(List<Violation> out, String field, int found, int min, String type) {
        if (found < min) {
            String article = type.startsWith("o") ? "an " : "a ";
            out.add(new Violation(field, -1, article + type + " question needs at least " + min + " "
                    + (field.equals("accept") ? "accepted answer" : field) + " (found " + found + ")"));
        }
    }

    private static void feedback(List<Violation> out, String field, String text, String choice) {
        if (text.isBlank()) {
            out.add(new Violation(field, -1, "required field '" + field + "' is missing: say why choosing "
                    + choice + " is right or wrong"));
        }
    }

    /** Every part has text and feedback, and no two parts have the same text. */
    private static <T> void parts(List<Violation> out, String field, String noun, List<T> parts,
            Function<T, String> text, Function<T, String> feedback) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String t = text.apply(parts.get(i));
            String label = noun + " " + (i + 1);
            if (t.isBlank()) {
                out.add(new Violation(field, i, label + (field.equals("pairs") ? " has no prompt" : " has no text")));
            } else if (seen.putIfAbsent(t, i) != null) {
                out.add(new Violation(field, i, label + " repeats " + noun + " " + (seen.get(t) + 1)));
            }
            if (feedback.apply(parts.get(i)).isBlank()) {
                out.add(new Violation(field, i, label + " has no feedback: say why it is or is not right"));
            }
        }
    }
}
