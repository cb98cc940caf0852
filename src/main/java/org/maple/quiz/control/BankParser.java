package org.maple.quiz.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.maple.course.entity.FileProblem;
import org.maple.platform.yaml.YamlMap;
import org.maple.quiz.entity.FeedbackPolicy;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionType;
import org.maple.quiz.entity.QuizSettings;
import org.maple.quiz.entity.Scenario;

/**
 * Reads {@code quizzes/<course>.yaml} (format: quizzes/README.md) into a {@link QuestionBank},
 * collecting every problem with its 1-based line instead of stopping at the first. A file with any
 * problem gives no bank.
 */
public final class BankParser {

    /**
     * Course-dependent checks: the course's objective ids (null: not checked) and a test for known
     * DANOS codes (null: not checked).
     */
    public record Checks(List<String> objectives, Predicate<String> danosKnown) {
        public static final Checks NONE = new Checks(null, null);
    }

    /** The bank (only when the file has no problem) and the problems, sorted by line. */
    public record Result(Optional<QuestionBank> bank, List<FileProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.SINGLE, Set.of("options"), QuestionType.MULTIPLE, Set.of("options"),
            QuestionType.TRUEFALSE, Set.of("answer", "feedbackTrue", "feedbackFalse"),
            QuestionType.MATCHING, Set.of("pairs", "extraMatches"), QuestionType.ORDERING, Set.of("items"),
            QuestionType.SHORT, Set.of("accept", "ignore", "wrongFeedback"));
    private static final List<String> ALL_TYPE_FIELDS = List.of("options", "answer", "feedbackTrue",
            "feedbackFalse", "pairs", "extraMatches", "items", "accept", "ignore", "wrongFeedback");

    private final String file;
    private final Checks checks;
    private final List<FileProblem> problems = new ArrayList<>();
    private boolean muted;

    private BankParser(String file, Checks checks) {
        this.file = file;
        this.checks = checks;
    }

    public static Result parse(String file, byte[] content, String courseId) {
        return parse(file, content, courseId, Checks.NONE);
    }

    /**
     * Parses one bank file.
     *
     * @param file the path reported in problems, e.g. {@code quizzes/mutual-aid-essentials.yaml}
     * @param content the file's bytes (UTF-8); their SHA-256 becomes the bank's content hash
     * @param courseId the course the file must declare in {@code course:}
     */
    public static Result parse(String file, byte[] content, String courseId, Checks checks) {
        return new BankParser(file, checks).run(content, courseId);
    }

    private void report(int line, String reason) {
        if (!muted) {
            problems.add(new FileProblem(file, line, reason));
        }
    }

    private Result run(byte[] content, String courseId) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<YamlMap> parsed = YamlMap.parse(text, 0, this::report);
        if (parsed.isEmpty()) {
            return result(null);
        }
        YamlMap root = parsed.get();
        String course = root.string("course");
        if (!course.isEmpty() && !course.equals(courseId)) {
            root.problem("course", "'course' is '" + course + "' but this file belongs to course '" + courseId + "'");
        }
        QuizSettings settings = root.map("quiz").map(this::settings).orElse(QuizSettings.DEFAULTS);
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (YamlMap s : root.maps("scenarios", false)) {
            Scenario scenario = new Scenario(s.string("id"), s.optionalString("title").orElse(""), s.string("text"));
            if (!scenario.id().isEmpty() && !QuestionRules.ID.matcher(scenario.id()).matches()) {
                s.problem("id", "'id' may hold only a-z, 0-9 and '-' (found '" + scenario.id() + "')");
            } else if (scenarios.putIfAbsent(scenario.id(), scenario) != null) {
                s.problem("id", "scenario id '" + scenario.id() + "' is used twice");
            }
            s.rejectUnknown();
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (YamlMap q : root.maps("questions", true)) {
            Question question = question(q, scenarios.keySet());
            if (question == null) {
                continue;
            }
            Integer first = idLines.putIfAbsent(question.id(), q.lineOf("id"));
            if (first != null && !question.id().isEmpty()) {
                q.problem("id", "question id '" + question.id() + "' is already used on line " + first);
            }
            questions.add(question);
        }
        root.rejectUnknown();
        coverage(root, questions, settings.perObjective());
        return result(new QuestionBank(courseId, settings, List.copyOf(scenarios.values()), questions,
                sha256(content)));
    }

    private Result result(QuestionBank bank) {
        problems.sort(Comparator.comparingInt(FileProblem::line));
        return new Result(problems.isEmpty() ? Optional.ofNullable(bank) : Optional.empty(), List.copyOf(problems));
    }

    private QuizSettings settings(YamlMap q) {
        QuizSettings d = QuizSettings.DEFAULTS;
        int perObjective = q.optionalInt("perObjective", 1, 50).orElse(d.perObjective());
        int passMark = q.optionalInt("passMark", 1, 100).orElse(d.passMark());
        int maxAttempts = q.optionalInt("maxAttempts", 1, 100).orElse(d.maxAttempts());
        boolean shuffleQuestions = q.optionalBool("shuffleQuestions").orElse(d.shuffleQuestions());
        boolean shuffleOptions = q.optionalBool("shuffleOptions").orElse(d.shuffleOptions());
        int timeLimit = q.optionalInt("timeLimitMinutes", 0, 1440).orElse(d.timeLimitMinutes());
        FeedbackPolicy feedback = q.optionalString("feedback").map(v -> FeedbackPolicy.fromId(v).orElseGet(() -> {
            q.problem("feedback", "'feedback' must be standard, score-only or full (found '" + v + "')");
            return d.feedback();
        })).orElse(d.feedback());
        q.rejectUnknown();
        return new QuizSettings(perObjective, passMark, maxAttempts, shuffleQuestions, shuffleOptions, timeLimit,
                feedback);
    }

    /** One question, or null when its type is missing or unknown. */
    private Question question(YamlMap q, Set<String> scenarioIds) {
        String id = q.string("id");
        String typeName = q.string("type");
        Optional<QuestionType> type = QuestionType.fromId(typeName);
        if (!typeName.isEmpty() && type.isEmpty()) {
            q.problem("type", "'type' must be single, multiple, truefalse, matching, ordering or short (found '"
                    + typeName + "')");
        }
        String objective = q.string("objective");
        if (checks.objectives() != null && !objective.isEmpty() && !checks.objectives().contains(objective)) {
            q.problem("objective", "objective '" + objective + "' is not an objective of the course");
        }
        List<String> danos = q.strings("danos", true);
        for (String code : danos) {
            if (checks.danosKnown() != null && !checks.danosKnown().test(code)) {
                q.problem("danos", "unknown DANOS code '" + code + "'");
            }
        }
        String scenario = q.optionalString("scenario").orElse(null);
        if (scenario != null && !scenarioIds.contains(scenario)) {
            q.problem("scenario", "scenario '" + scenario + "' is not defined under 'scenarios'");
        }
        String stem = q.optionalString("stem").orElse("");
        String explanation = q.optionalString("explanation").orElse("");
        Set<String> fields = type.map(TYPE_FIELDS::get).orElse(Set.of());
        for (String key : ALL_TYPE_FIELDS) {
            if (!fields.contains(key) && q.has(key)) {
                if (type.isPresent()) {
                    q.problem(key, "'" + key + "' does not belong in a " + typeName + " question");
                }
                muted = true;
                q.optionalString(key); // marks the field as read
                muted = false;
            }
        }
        if (type.isEmpty()) {
            q.rejectUnknown();
            return null;
        }
        Map<String, List<Integer>> lines = new HashMap<>();
        Parts parts = parts(q, type.get(), lines);
        q.rejectUnknown();
        Question question = new Question(id, type.get(), objective, danos, scenario, stem, explanation,
                parts.options, parts.pairs, parts.extraMatches, parts.items, parts.accepted, parts.ignore,
                parts.wrongFeedback);
        for (QuestionRules.Violation v : QuestionRules.check(question)) {
            List<Integer> l = lines.getOrDefault(v.field(), List.of());
            report(v.index() >= 0 && v.index() < l.size() ? l.get(v.index()) : q.lineOf(v.field()), v.reason());
        }
        return question;
    }

    /** The type-specific parts of a question, read from its fields. */
    private static final class Parts {
        List<Question.Option> options = new ArrayList<>();
        List<Question.Pair> pairs = new ArrayList<>();
        List<String> extraMatches = List.of();
        List<Question.Item> items = new ArrayList<>();
        List<Question.Accepted> accepted = new ArrayList<>();
        Set<Question.Ignore> ignore = Set.of();
        String wrongFeedback = "";
    }

    private Parts parts(YamlMap q, QuestionType type, Map<String, List<Integer>> lines) {
        Parts p = new Parts();
        switch (type) {
            case SINGLE, MULTIPLE -> each(q, "options", lines, o -> p.options.add(new Question.Option(
                    text(o, "text"), o.optionalBool("correct").orElse(false), text(o, "feedback"))));
            case TRUEFALSE -> p.options.addAll(Question.trueFalse(q.bool("answer"),
                    text(q, "feedbackTrue"), text(q, "feedbackFalse")));
            case MATCHING -> {
                each(q, "pairs", lines, o -> p.pairs.add(new Question.Pair(
                        text(o, "prompt"), text(o, "match"), text(o, "feedback"))));
                p.extraMatches = q.strings("extraMatches", false);
            }
            case ORDERING -> each(q, "items", lines, o -> p.items.add(
                    new Question.Item(text(o, "text"), text(o, "feedback"))));
            case SHORT -> {
                each(q, "accept", lines, o -> p.accepted.add(
                        new Question.Accepted(text(o, "text"), text(o, "feedback"))));
                p.ignore = q.has("ignore") ? ignore(q) : Question.Ignore.ALL;
                p.wrongFeedback = text(q, "wrongFeedback");
            }
            default -> throw new IllegalStateException(type.id());
        }
        return p;
    }

    private static void each(YamlMap q, String key, Map<String, List<Integer>> lines,
            Consumer<YamlMap> reader) {
        List<Integer> l = new ArrayList<>();
        for (YamlMap part : q.maps(key, false)) {
            l.add(part.line());
            reader.accept(part);
            part.rejectUnknown();
        }
        lines.put(key, l);
    }

    private static String text(YamlMap m, String key) {
        return m.optionalString(key).orElse("");
    }

    private static Set<Question.Ignore> ignore(YamlMap q) {
        Set<Question.Ignore> out = EnumSet.noneOf(Question.Ignore.class);
        for (String v : q.strings("ignore", false)) {
            switch (v) {
                case "case" -> out.add(Question.Ignore.CASE);
                case "space" -> out.add(Question.Ignore.SPACE);
                case "punctuation" -> out.add(Question.Ignore.PUNCTUATION);
                default -> q.problem("ignore", "'ignore' may list case, space and punctuation (found '" + v + "')");
            }
        }
        return out;
    }

    /** Every objective (of the course, or else of the questions) has enough questions to draw. */
    private void coverage(YamlMap root, List<Question> questions, int perObjective) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (checks.objectives() != null) {
            checks.objectives().forEach(o -> counts.put(o, 0));
        }
        questions.stream().filter(q -> !q.objective().isEmpty())
                .forEach(q -> counts.merge(q.objective(), 1, Integer::sum));
        counts.forEach((objective, n) -> {
            if (n < perObjective) {
                report(root.lineOf("questions"), "objective '" + objective + "' has " + n + " question"
                        + (n == 1 ? "" : "s") + "; the quiz draws " + perObjective + " per objective");
            }
        });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
