package org.maple.quiz.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.ItemStatistic;
import org.maple.quiz.entity.ItemStatistic.OptionUse;
import org.maple.quiz.entity.Question;

/**
 * Classical item analysis over graded attempts: facility (mean credit), discrimination (Pearson
 * correlation between the item's credit and the attempt's score on the other questions — the
 * "corrected item-total correlation"), how often each option was chosen, and flags for questions
 * nobody or everybody gets right, or that strong candidates get wrong more than weak ones.
 */
public final class ItemAnalysis {

    /** One graded attempt: credit (0–1) and answer per question id drawn. */
    public record Graded(Map<String, Double> credit, Map<String, Answer> answers) {
    }

    private ItemAnalysis() {
    }

    public static List<ItemStatistic> analyse(List<Question> questions, List<Graded> attempts) {
        List<ItemStatistic> out = new ArrayList<>();
        for (Question q : questions) {
            List<double[]> pairs = new ArrayList<>(); // item credit, rest score
            int[] chosen = new int[q.type().usesOptions() ? q.options().size() : 0];
            for (Graded g : attempts) {
                Double c = g.credit().get(q.id());
                if (c == null) {
                    continue;
                }
                double rest = 0;
                int others = 0;
                for (Map.Entry<String, Double> e : g.credit().entrySet()) {
                    if (!e.getKey().equals(q.id())) {
                        rest += e.getValue();
                        others++;
                    }
                }
                pairs.add(new double[] {c, others == 0 ? 0 : rest / others});
                Answer a = g.answers().get(q.id());
                if (chosen.length > 0 && a instanceof Answer.Choice choice && a.fits(q)) {
                    choice.chosen().forEach(i -> chosen[i]++);
                }
            }
            int n = pairs.size();
            Double facility = n == 0 ? null : pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
            Double discrimination = n < ItemStatistic.MIN_FOR_DISCRIMINATION ? null : correlation(pairs);
            List<OptionUse> options = new ArrayList<>();
            for (int i = 0; i < chosen.length; i++) {
                Question.Option o = q.options().get(i);
                options.add(new OptionUse(o.text(), o.correct(), chosen[i], n == 0 ? 0 : (double) chosen[i] / n));
            }
            out.add(new ItemStatistic(q.id(), q.type().id(), q.objective(), q.stem(), n, facility, discrimination,
                    options, flags(n, facility, discrimination, options)));
        }
        return out;
    }

    static List<String> flags(int n, Double facility, Double discrimination, List<OptionUse> options) {
        List<String> flags = new ArrayList<>();
        if (n < ItemStatistic.MIN_FOR_FLAGS) {
            return flags;
        }
        if (facility == 0.0) {
            flags.add("Nobody gets this right: check the key and the wording.");
        } else if (facility == 1.0) {
            flags.add("Everybody gets this right: it may be too easy to tell anyone apart.");
        }
        if (discrimination != null && discrimination < 0) {
            flags.add("Learners who do well overall get this wrong more often than others: check the key.");
        }
        for (OptionUse o : options) {
            if (!o.correct() && o.share() > 0.5) {
                flags.add("Most learners choose a wrong option (\"" + shorten(o.text()) + "\").");
            }
        }
        return flags;
    }

    /** Pearson correlation of the two columns; null when either does not vary. */
    static Double correlation(List<double[]> pairs) {
        int n = pairs.size();
        double mx = 0;
        double my = 0;
        for (double[] p : pairs) {
            mx += p[0];
            my += p[1];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Builds the per-attempt maps from stored rows. */
    public static Graded graded(Map<String, Double> credit, Map<String, Answer> answers) {
        return new Graded(new HashMap<>(credit), new HashMap<>(answers));
    }
}
