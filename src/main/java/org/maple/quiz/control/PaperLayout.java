package org.maple.quiz.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptPaper.Presentation;
import org.maple.quiz.entity.FeedbackPolicy.Reveal;
import org.maple.quiz.entity.GivenAnswer;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionResult;
import org.maple.quiz.entity.ReviewQuestion;
import org.maple.quiz.entity.Scenario;
import org.maple.quiz.entity.SheetQuestion;
import org.maple.quiz.entity.SheetQuestion.Shown;

/**
 * Translates between what the learner's screen shows (parts in the attempt's frozen screen order)
 * and canonical answers (indexes into the bank's lists), and builds the sheet and review texts. The
 * screen never sees canonical indexes, so it cannot learn the bank's order of options.
 */
public final class PaperLayout {

    private PaperLayout() {
    }

    /**
     * The canonical answer for what the screen gave.
     *
     * @throws IllegalArgumentException when the answer does not fit the question as shown, with a
     *                                  message for the learner
     */
    public static Answer toCanonical(Question q, Presentation p, GivenAnswer g) {
        if (g == null) {
            return Answer.NONE;
        }
        switch (q.type()) {
            case SINGLE, MULTIPLE, TRUEFALSE -> {
                if (g.choice() == null) {
                    return Answer.NONE;
                }
                Set<Integer> seen = new HashSet<>();
                List<Integer> canonical = new ArrayList<>();
                for (Integer shown : g.choice()) {
                    check(shown != null && shown >= 0 && shown < p.order().size() && seen.add(shown), "It chooses an option that is not on the page.");
                    canonical.add(p.order().get(shown));
                }
                check(q.type() == org.maple.quiz.entity.QuestionType.MULTIPLE || canonical.size() <= 1,
                        "It chooses more than one option for a question that takes one.");
                return new Answer.Choice(canonical);
            }
            case MATCHING -> {
                if (g.matching() == null) {
                    return Answer.NONE;
                }
                check(g.matching().size() == p.order().size(), "It needs one entry (a match, or -1 for none) for each prompt.");
                Integer[] perPrompt = new Integer[q.pairs().size()];
                for (int shownPrompt = 0; shownPrompt < p.order().size(); shownPrompt++) {
                    Integer shownMatch = g.matching().get(shownPrompt);
                    check(shownMatch != null && shownMatch >= -1 && shownMatch < p.matchOrder().size(), "It picks a match that is not in the list.");
                    perPrompt[p.order().get(shownPrompt)] = shownMatch < 0 ? -1 : p.matchOrder().get(shownMatch);
                }
                return new Answer.Matching(List.of(perPrompt));
            }
            case ORDERING -> {
                if (g.ordering() == null) {
                    return Answer.NONE;
                }
                check(g.ordering().size() == p.order().size() && Set.copyOf(g.ordering()).size() == p.order().size(),
                        "It must list every item exactly once.");
                List<Integer> canonical = new ArrayList<>();
                for (Integer id : g.ordering()) {
                    check(id != null && id >= 0 && id < p.order().size(), "It lists an item that is not on the page.");
                    canonical.add(p.order().get(id));
                }
                return new Answer.Ordering(canonical);
            }
            case SHORT -> {
                if (g.text() == null) {
                    return Answer.NONE;
                }
                check(g.text().length() <= Answer.MAX_TEXT, "It is longer than " + Answer.MAX_TEXT + " characters.");
                return new Answer.Text(g.text());
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The sheet entry of one question, with the saved answer shown in screen positions. */
    public static SheetQuestion sheet(int position, Question q, Scenario scenario, Presentation p, Answer saved) {
        Answer a = saved == null || !saved.fits(q) ? Answer.NONE : saved;
        List<Shown> options = List.of();
        List<Shown> prompts = List.of();
        List<String> matches = List.of();
        List<Shown> items = List.of();
        String text = "";
        switch (q.type()) {
            case SINGLE, MULTIPLE, TRUEFALSE -> {
                Set<Integer> chosen = a instanceof Answer.Choice c ? Set.copyOf(c.chosen()) : Set.of();
                options = new ArrayList<>();
                for (int i = 0; i < p.order().size(); i++) {
                    int c = p.order().get(i);
                    options.add(new Shown(i, q.options().get(c).text(), chosen.contains(c), -1));
                }
            }
            case MATCHING -> {
                List<String> all = q.matches();
                matches = p.matchOrder().stream().map(all::get).toList();
                prompts = new ArrayList<>();
                for (int i = 0; i < p.order().size(); i++) {
                    int c = p.order().get(i);
                    int chosen = a instanceof Answer.Matching m ? p.matchOrder().indexOf(m.chosen().get(c)) : -1;
                    prompts.add(new Shown(i, q.pairs().get(c).prompt(), chosen >= 0, chosen));
                }
            }
            case ORDERING -> {
                List<Integer> current = a instanceof Answer.Ordering o ? o.order() : p.order();
                items = new ArrayList<>();
                for (int c : current) {
                    items.add(new Shown(p.order().indexOf(c), q.items().get(c).text(), false, -1));
                }
            }
            case SHORT -> text = a instanceof Answer.Text t ? t.text() : "";
            default -> throw new IllegalStateException();
        }
        return new SheetQuestion(position, q.id(), q.type().id(), scenario == null ? null : scenario.id(),
                scenario == null ? null : scenario.title(), scenario == null ? null : scenario.text(), q.stem(),
                List.copyOf(options), List.copyOf(prompts), matches, List.copyOf(items), text, a.given());
    }

    /** The result page's entry of one graded question, showing only what {@code reveal} allows. */
    public static ReviewQuestion review(int position, Question q, Scenario scenario, Answer given, QuestionResult r,
            Reveal reveal) {
        return new ReviewQuestion(position, q.id(), scenario == null ? null : scenario.title(), q.stem(),
                describe(q, given), reveal.rightWrong() ? r.correct() : null,
                reveal.rightWrong() ? r.score() : null,
                reveal.chosenFeedback() ? r.feedback().stream().filter(f -> !f.isBlank()).toList() : List.of(),
                reveal.correctAnswers() ? correct(q) : null,
                reveal.explanations() && !q.explanation().isBlank() ? q.explanation() : null);
    }

    /** What the learner answered, in words. */
    static List<String> describe(Question q, Answer a) {
        if (a == null || !a.given() || !a.fits(q)) {
            return List.of("(no answer)");
        }
        return switch (q.type()) {
            case SINGLE, MULTIPLE, TRUEFALSE -> ((Answer.Choice) a).chosen().stream().map(i -> q.options().get(i).text()).toList();
            case MATCHING -> {
                List<String> out = new ArrayList<>();
                List<Integer> chosen = ((Answer.Matching) a).chosen();
                for (int i = 0; i < q.pairs().size(); i++) {
                    out.add(q.pairs().get(i).prompt() + " → " + (chosen.get(i) < 0 ? "(none)" : q.matches().get(chosen.get(i))));
                }
                yield out;
            }
            case ORDERING -> ((Answer.Ordering) a).order().stream().map(i -> q.items().get(i).text()).toList();
            case SHORT -> List.of(((Answer.Text) a).text());
        };
    }

    /** The correct answer, in words. */
    static List<String> correct(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE, TRUEFALSE -> q.options().stream().filter(Question.Option::correct).map(Question.Option::text).toList();
            case MATCHING -> q.pairs().stream().map(p -> p.prompt() + " → " + p.match()).toList();
            case ORDERING -> q.items().stream().map(Question.Item::text).toList();
            case SHORT -> q.accepted().isEmpty() ? List.of() : List.of(q.accepted().get(0).text());
        };
    }

    private static void check(boolean ok, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("This answer does not fit the question. " + expected);
        }
    }
}
