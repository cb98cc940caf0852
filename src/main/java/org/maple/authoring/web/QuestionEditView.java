package org.maple.authoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuthoringRecords.DraftDetail;
import org.maple.authoring.boundary.AuthoringRecords.FileInfo;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.boundary.DraftService;
import org.maple.authoring.control.BankQuestions;
import org.maple.authoring.control.DraftPaths;
import org.maple.platform.web.Pages;
import org.maple.quiz.control.QuestionRules;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

/**
 * One question of a draft bank as a form, every type the engine supports: per-part text, correctness
 * and feedback, objective, DANOS units, scenario. The quiz engine's own {@link QuestionRules} put each
 * problem beside its field and part; the bank loader checks the whole bank on save.
 */
@Named
@ViewScoped
public class QuestionEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 8;

    /** One option, pair, item or accepted answer. */
    public static class Part implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text = "";
        private String match = "";
        private boolean correct;
        private String feedback = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text == null ? "" : text;
        }

        public String getMatch() {
            return match;
        }

        public void setMatch(String match) {
            this.match = match == null ? "" : match;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getFeedback() {
            return feedback;
        }

        public void setFeedback(String feedback) {
            this.feedback = feedback == null ? "" : feedback;
        }

        boolean empty() {
            return text.isBlank() && match.isBlank() && feedback.isBlank();
        }
    }

    @Inject
    DraftService drafts;

    private String code;
    private String originalId;
    private boolean loaded;
    private long version;
    private String id = "";
    private String type = "single";
    private String objective = "";
    private String danos = "";
    private String scenario = "";
    private String stem = "";
    private String explanation = "";
    private boolean answer = true;
    private String feedbackTrue = "";
    private String feedbackFalse = "";
    private String extraMatches = "";
    private List<String> ignore = new ArrayList<>(List.of("case", "space", "punctuation"));
    private String wrongFeedback = "";
    private List<Part> parts = new ArrayList<>();
    private List<QuestionRules.Violation> violations = List.of();
    private List<Problem> problems = List.of();

    public void load() {
        if (loaded) {
            return;
        }
        try {
            DraftDetail d = drafts.draft(code);
            FileInfo bank = d.files().stream().filter(f -> f.path().equals(DraftPaths.bank(code))).findFirst().orElse(null);
            if (bank == null) {
                Pages.notFound(new org.maple.platform.error.ItemNotFoundException("The draft has no question bank."));
                return;
            }
            version = bank.version();
            Question q = originalId == null || originalId.isBlank() ? BankQuestions.blank()
                    : BankQuestions.entry(bank.content(), originalId).map(BankQuestions::read).orElse(null);
            if (q == null) {
                Pages.notFound(new org.maple.platform.error.ItemNotFoundException("There is no question '" + originalId + "'."));
                return;
            }
            fill(q);
            problems = problemsIn(d, bank.content());
            loaded = true;
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    private void fill(Question q) {
        id = q.id();
        type = q.type().id();
        objective = q.objective();
        danos = String.join(", ", q.danos());
        scenario = q.scenarioId() == null ? "" : q.scenarioId();
        stem = q.stem();
        explanation = q.explanation();
        parts = new ArrayList<>();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> q.options().forEach(o -> parts.add(part(o.text(), "", o.correct(), o.feedback())));
            case TRUEFALSE -> {
                answer = q.trueFalseAnswer();
                feedbackTrue = q.options().get(0).feedback();
                feedbackFalse = q.options().get(1).feedback();
            }
            case MATCHING -> {
                q.pairs().forEach(p -> parts.add(part(p.prompt(), p.match(), false, p.feedback())));
                extraMatches = String.join(", ", q.extraMatches());
            }
            case ORDERING -> q.items().forEach(i -> parts.add(part(i.text(), "", false, i.feedback())));
            case SHORT -> {
                q.accepted().forEach(a -> parts.add(part(a.text(), "", false, a.feedback())));
                ignore = new ArrayList<>(q.ignore().stream().map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).toList());
                wrongFeedback = q.wrongFeedback();
            }
            default -> { }
        }
        pad();
    }

    private void pad() {
        while (parts.size() < ROWS) {
            parts.add(new Part());
        }
    }

    private static Part part(String text, String match, boolean correct, String feedback) {
        Part p = new Part();
        p.setText(text);
        p.setMatch(match);
        p.setCorrect(correct);
        p.setFeedback(feedback);
        return p;
    }

    Question question() {
        QuestionType t = QuestionType.fromId(type).orElse(QuestionType.SINGLE);
        List<Part> used = parts.stream().filter(p -> !p.empty()).toList();
        List<Question.Option> options = t == QuestionType.TRUEFALSE ? Question.trueFalse(answer, feedbackTrue, feedbackFalse)
                : t == QuestionType.SINGLE || t == QuestionType.MULTIPLE
                ? used.stream().map(p -> new Question.Option(p.text.strip(), p.correct, p.feedback.strip())).toList() : List.of();
        Set<Question.Ignore> ig = EnumSet.noneOf(Question.Ignore.class);
        ignore.forEach(i -> ig.add(Question.Ignore.valueOf(i.toUpperCase(java.util.Locale.ROOT))));
        return new Question(id.strip(), t, objective.strip(), split(danos), scenario.isBlank() ? null : scenario.strip(),
                stem.strip(), explanation.strip(), options,
                t == QuestionType.MATCHING ? used.stream().map(p -> new Question.Pair(p.text.strip(), p.match.strip(), p.feedback.strip())).toList() : List.of(),
                t == QuestionType.MATCHING ? split(extraMatches) : List.of(),
                t == QuestionType.ORDERING ? used.stream().map(p -> new Question.Item(p.text.strip(), p.feedback.strip())).toList() : List.of(),
                t == QuestionType.SHORT ? used.stream().map(p -> new Question.Accepted(p.text.strip(), p.feedback.strip())).toList() : List.of(),
                t == QuestionType.SHORT ? ig : Question.Ignore.ALL, t == QuestionType.SHORT ? wrongFeedback.strip() : "");
    }

    /** Shows the form for another type (parts are kept). */
    public void switchType() {
        violations = List.of();
    }

    public void save() {
        Question q = question();
        violations = QuestionRules.check(q);
        try {
            DraftDetail d = drafts.saveQuestion(code, originalId, q, version);
            FileInfo bank = d.files().stream().filter(f -> f.path().equals(DraftPaths.bank(code))).findFirst().orElseThrow();
            version = bank.version();
            originalId = q.id();
            problems = problemsIn(d, bank.content());
            Pages.info(problems.stream().anyMatch(p -> !p.note()) ? "Question saved to the draft; the loader still reports problems."
                    : "Question saved to the draft.");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void remove() {
        try {
            drafts.removeQuestion(code, originalId, version);
            Pages.info("Question " + originalId + " removed from the draft.");
            Pages.redirect("/trainer/authoring/bank.xhtml?c=" + Pages.url(code));
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    private List<Problem> problemsIn(DraftDetail d, String bankText) {
        String qid = originalId == null || originalId.isBlank() ? id : originalId;
        var span = BankQuestions.find(bankText, qid);
        return d.problems().stream().filter(p -> p.file().equals(DraftPaths.bank(code)))
                .filter(p -> span.map(sp -> sp.holds(p.line())).orElse(false)).toList();
    }

    /** The engine's rule violations for a field ({@code options}, {@code stem}, ...) and part index (-1: the field). */
    public List<String> violationsFor(String field, int index) {
        return violations.stream().filter(v -> v.field().equals(field) && v.index() == index).map(QuestionRules.Violation::reason).toList();
    }

    /** The field name the engine uses for this type's parts. */
    public String getPartField() {
        return switch (type) {
            case "matching" -> "pairs";
            case "ordering" -> "items";
            case "short" -> "accept";
            default -> "options";
        };
    }

    public boolean isChoice() {
        return type.equals("single") || type.equals("multiple");
    }

    public boolean isHasParts() {
        return !type.equals("truefalse");
    }

    private static List<String> split(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public List<String> getTypes() {
        return Arrays.stream(QuestionType.values()).map(QuestionType::id).toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getOriginalId() {
        return originalId;
    }

    public void setOriginalId(String originalId) {
        this.originalId = originalId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "single" : type;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective == null ? "" : objective;
    }

    public String getDanos() {
        return danos;
    }

    public void setDanos(String danos) {
        this.danos = danos;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario == null ? "" : scenario;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem == null ? "" : stem;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation == null ? "" : explanation;
    }

    public boolean isAnswer() {
        return answer;
    }

    public void setAnswer(boolean answer) {
        this.answer = answer;
    }

    public String getFeedbackTrue() {
        return feedbackTrue;
    }

    public void setFeedbackTrue(String feedbackTrue) {
        this.feedbackTrue = feedbackTrue == null ? "" : feedbackTrue;
    }

    public String getFeedbackFalse() {
        return feedbackFalse;
    }

    public void setFeedbackFalse(String feedbackFalse) {
        this.feedbackFalse = feedbackFalse == null ? "" : feedbackFalse;
    }

    public String getExtraMatches() {
        return extraMatches;
    }

    public void setExtraMatches(String extraMatches) {
        this.extraMatches = extraMatches;
    }

    public List<String> getIgnore() {
        return ignore;
    }

    public void setIgnore(List<String> ignore) {
        this.ignore = ignore == null ? new ArrayList<>() : new ArrayList<>(ignore);
    }

    public String getWrongFeedback() {
        return wrongFeedback;
    }

    public void setWrongFeedback(String wrongFeedback) {
        this.wrongFeedback = wrongFeedback == null ? "" : wrongFeedback;
    }

    public List<Part> getParts() {
        return parts;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
