package org.maple.quiz.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

/**
 * Writes questions in Moodle's GIFT format, so that {@link GiftParser} gives them back equal and
 * Moodle can import them. Each question is {@code ::id::[markdown]stem{...}} under a
 * {@code $CATEGORY:} line naming its objective, with the explanation as general feedback
 * ({@code ####}). Single: {@code =right ~wrong}; multiple: {@code ~%w%} with w = 100/correct for
 * right and -100/correct for wrong options (MAPLE's scoring rule in Moodle's terms); true/false:
 * {@code {TRUE#wrong feedback#right feedback}}; short: {@code =answer#feedback}, with the wrong-answer
 * feedback as Moodle's {@code =%0%*#feedback} catch-all; matching: {@code =prompt -> match}, extra
 * matches as {@code = -> match}.
 * <p>What GIFT cannot say travels in comment lines Moodle ignores: {@code // maple: danos ...},
 * {@code // maple: scenario ...}, {@code // maple: ignore ...} (short answers, when not all three) and
 * {@code // maple: pair-feedback N text} (Moodle's matching has no per-pair feedback). Ordering
 * questions, and matching prompts containing "->", have no GIFT form: they are skipped, not mangled.
 */
public final class GiftWriter {

    /** The GIFT text and the ids of the questions left out. */
    public record Result(String text, List<String> skipped) {
    }

    private GiftWriter() {
    }

    public static Result write(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        List<String> skipped = new ArrayList<>();
        String category = null;
        for (Question q : questions) {
            if (q.type() == QuestionType.ORDERING || q.pairs().stream().anyMatch(p -> p.prompt().contains("->"))) {
                skipped.add(q.id());
                continue;
            }
            if (!q.objective().equals(category)) {
                category = q.objective();
                out.append("$CATEGORY: ").append(raw(category)).append("\n\n");
            }
            question(out, q);
        }
        return new Result(out.toString(), List.copyOf(skipped));
    }

    private static void question(StringBuilder out, Question q) {
        out.append("// question: ").append(q.id()).append('\n');
        if (!q.danos().isEmpty()) {
            out.append("// maple: danos ").append(String.join(" ", q.danos())).append('\n');
        }
        if (q.scenarioId() != null) {
            out.append("// maple: scenario ").append(q.scenarioId()).append('\n');
        }
        if (q.type() == QuestionType.SHORT && !q.ignore().equals(Question.Ignore.ALL)) {
            List<String> names = q.ignore().stream().map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
            out.append("// maple: ignore ").append(names.isEmpty() ? "none" : String.join(" ", names)).append('\n');
        }
        for (int i = 0; i < q.pairs().size(); i++) {
            if (!q.pairs().get(i).feedback().isEmpty()) {
                out.append("// maple: pair-feedback ").append(i + 1).append(' ')
                        .append(raw(q.pairs().get(i).feedback())).append('\n');
            }
        }
        out.append("::").append(raw(q.id())).append("::[markdown]").append(raw(q.stem()));
        if (q.type() == QuestionType.TRUEFALSE) {
            boolean answer = q.trueFalseAnswer();
            String right = q.options().get(answer ? 0 : 1).feedback();
            String wrong = q.options().get(answer ? 1 : 0).feedback();
            out.append('{').append(answer ? "TRUE" : "FALSE");
            if (!wrong.isEmpty() || !right.isEmpty()) {
                out.append('#').append(esc(wrong));
            }
            if (!right.isEmpty()) {
                out.append('#').append(esc(right));
            }
            if (!q.explanation().isEmpty()) {
                out.append("####").append(esc(q.explanation()));
            }
            out.append("}\n\n");
            return;
        }
        out.append("{\n");
        switch (q.type()) {
            case SINGLE -> q.options().forEach(o -> answer(out, (o.correct() ? "=" : "~")
                    + (!o.correct() && o.text().startsWith("%") ? "%0%" : ""), o.text(), o.feedback()));
            case MULTIPLE -> {
                long correct = q.options().stream().filter(Question.Option::correct).count();
                String w = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(Math.max(1, correct)), 5,
                        RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                q.options().forEach(o -> answer(out, "~%" + (o.correct() ? "" : "-") + w + "%", o.text(),
                        o.feedback()));
            }
            case MATCHING -> {
                q.pairs().forEach(p -> out.append("\t=").append(esc(p.prompt())).append(" -> ")
                        .append(raw(p.match())).append('\n'));
                q.extraMatches().forEach(m -> out.append("\t= -> ").append(raw(m)).append('\n'));
            }
            case SHORT -> {
                q.accepted().forEach(a -> answer(out, a.text().startsWith("%") ? "=%100%" : "=", a.text(),
                        a.feedback()));
                if (!q.wrongFeedback().isEmpty()) {
                    answer(out, "=%0%", "*", q.wrongFeedback());
                }
            }
            default -> throw new IllegalStateException(q.type().id());
        }
        if (!q.explanation().isEmpty()) {
            out.append("\t####").append(esc(q.explanation())).append('\n');
        }
        out.append("}\n\n");
    }

    private static void answer(StringBuilder out, String marker, String text, String feedback) {
        out.append('\t').append(marker).append(esc(text));
        if (!feedback.isEmpty()) {
            out.append('#').append(esc(feedback));
        }
        out.append('\n');
    }

    /** Escaped text; text that itself begins like "[html]" gets "[markdown]" before it, so it stays text. */
    private static String esc(String text) {
        return (GiftText.startsWithFormat(text) ? "[markdown]" : "") + GiftText.escape(text);
    }

    /** Escaped text read back without format prefixes (matches, ids, categories). */
    private static String raw(String text) {
        return GiftText.escape(text);
    }
}
