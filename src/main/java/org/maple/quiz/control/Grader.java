package org.maple.quiz.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptResult;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionResult;

/**
 * Scores answers by the rules of quizzes/README.md ("Scoring"): single, true/false and short earn 1
 * or 0; multiple earns (correct chosen - wrong chosen) / correct options, never below 0, and 0 when
 * every option is chosen unless every option is correct (so ticking everything never pays, even
 * when correct options outnumber wrong ones); matching and ordering earn the share of prompts
 * matched or items placed correctly. An answer that does not fit its question
 * ({@link Answer#fits}) counts as unanswered and earns 0.
 */
public final class Grader {

    private Grader() {
    }

    /** Grades one question. A null answer is unanswered. */
    public static QuestionResult grade(Question q, Answer answer) {
        Answer a = answer == null || !answer.fits(q) ? Answer.NONE : answer;
        if (!a.given()) {
            return result(q, 0, possible(q), false, List.of());
        }
        List<String> feedback = new ArrayList<>();
        int earned = 0;
        switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> {
                for (int i : ((Answer.Choice) a).chosen()) {
                    Question.Option o = q.options().get(i);
                    earned += o.correct() ? 1 : -1;
                    feedback.add(o.feedback());
                }
                if (q.options().size() == ((Answer.Choice) a).chosen().size() && earned < possible(q)) {
                    earned = 0; // README: choosing everything scores 0 unless every option is correct
                }
            }
            case MATCHING -> {
                List<Integer> chosen = ((Answer.Matching) a).chosen();
                List<String> matches = q.matches();
                for (int i = 0; i < q.pairs().size(); i++) {
                    Question.Pair p = q.pairs().get(i);
                    if (chosen.get(i) >= 0 && matches.get(chosen.get(i)).equals(p.match())) {
                        earned++;
                        feedback.add(p.feedback());
                    }
                }
            }
            case ORDERING -> {
                List<Integer> order = ((Answer.Ordering) a).order();
                for (int i = 0; i < order.size(); i++) {
                    if (order.get(i) == i) {
                        earned++;
                        feedback.add(q.items().get(i).feedback());
                    }
                }
            }
            case SHORT -> {
                String typed = normalise(((Answer.Text) a).text(), q.ignore());
                for (Question.Accepted acc : q.accepted()) {
                    if (earned == 0 && normalise(acc.text(), q.ignore()).equals(typed)) {
                        earned = 1;
                        feedback.add(acc.feedback());
                    }
                }
                if (earned == 0 && !q.wrongFeedback().isBlank()) {
                    feedback.add(q.wrongFeedback());
                }
            }
            default -> throw new IllegalStateException(q.type().id());
        }
        return result(q, Math.max(0, earned), possible(q), true, feedback);
    }

    /**
     * Grades an attempt: one result per question in the given (paper) order, the mean score as a
     * percentage rounded half-up to one decimal (computed exactly), and whether it reaches the pass
     * mark. Questions missing from {@code answers} are unanswered. No questions give 0.0, not passed.
     */
    public static AttemptResult grade(List<Question> questions, Map<String, Answer> answers, int passMark) {
        List<QuestionResult> results = new ArrayList<>();
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (Question q : questions) {
            QuestionResult r = grade(q, answers.get(q.id()));
            results.add(r);
            BigInteger p = BigInteger.valueOf(r.possible());
            num = num.multiply(p).add(BigInteger.valueOf(r.earned()).multiply(den));
            den = den.multiply(p);
            BigInteger gcd = num.gcd(den);
            if (gcd.signum() > 0) {
                num = num.divide(gcd);
                den = den.divide(gcd);
            }
        }
        if (results.isEmpty()) {
            return new AttemptResult(results, BigDecimal.ZERO.setScale(1), false);
        }
        BigDecimal percent = new BigDecimal(num.multiply(BigInteger.valueOf(100)))
                .divide(new BigDecimal(den.multiply(BigInteger.valueOf(results.size()))), 1, RoundingMode.HALF_UP);
        return new AttemptResult(results, percent, percent.compareTo(BigDecimal.valueOf(passMark)) >= 0);
    }

    /**
     * The form in which short answers are compared: Unicode NFKC, ends trimmed and inner runs of
     * white space made one space; then, as the question says, punctuation removed, case folded,
     * and all white space removed.
     */
    public static String normalise(String text, Set<Question.Ignore> ignore) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        if (ignore.contains(Question.Ignore.PUNCTUATION)) {
            t = t.replaceAll("\\p{P}", "");
        }
        if (ignore.contains(Question.Ignore.CASE)) {
            t = t.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
        t = t.replaceAll("[\\s\\p{Z}]+", ignore.contains(Question.Ignore.SPACE) ? "" : " ");
        return t.strip();
    }

    /** The credit a fully right answer earns: 1, the number of correct options, pairs or items. */
    private static int possible(Question q) {
        int n = switch (q.type()) {
            case MULTIPLE -> (int) q.options().stream().filter(Question.Option::correct).count();
            case MATCHING -> q.pairs().size();
            case ORDERING -> q.items().size();
            default -> 1;
        };
        return Math.max(1, n);
    }

    private static QuestionResult result(Question q, int earned, int possible, boolean answered, List<String> fb) {
        return new QuestionResult(q.id(), q.objective(), q.danos(), Math.min(earned, possible), possible, answered,
                fb.stream().filter(s -> !s.isBlank()).toList());
    }
}
