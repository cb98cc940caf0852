package org.maple.authoring.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.maple.platform.yaml.YamlMap;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

/**
 * One question of a bank file, found by id in its {@code questions:} list: its lines (so a form can
 * replace or remove just that entry, keeping comments and every other question's bytes) and its
 * fields read leniently for the form (validation stays the bank loader's).
 */
public final class BankQuestions {

    /** Lines {@code [start, end)} (0-based) of a question's list entry; trailing comments and blank lines excluded. */
    public record Span(int start, int end) {
        /** Whether a 1-based file line falls in the entry. */
        public boolean holds(int line) {
            return line > start && line <= end;
        }
    }

    private BankQuestions() {
    }

    public static Optional<Span> find(String yaml, String id) {
        List<String> lines = lines(yaml);
        int list = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("questions:")) {
                list = i;
                break;
            }
        }
        if (list < 0) {
            return Optional.empty();
        }
        int start = -1;
        String indent = null;
        int i = list + 1;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (topLevel(l)) {
                break;
            }
            String s = l.strip();
            if (s.startsWith("- ")) {
                String lead = l.substring(0, l.indexOf('-'));
                if (start >= 0 && lead.equals(indent)) {
                    break;
                }
                if (start < 0 && idOf(s.substring(2)).filter(id::equals).isPresent()) {
                    start = i;
                    indent = lead;
                }
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        int end = i;
        while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).strip().startsWith("#")
                && indentOf(lines.get(end - 1)) <= indent.length())) {
            end--;
        }
        return Optional.of(new Span(start, end));
    }

    /** The bank with the question's entry replaced by {@code entry} (lines ending in newlines). */
    public static Optional<String> replace(String yaml, String id, String entry) {
        return find(yaml, id).map(span -> splice(yaml, span, entry));
    }

    public static Optional<String> remove(String yaml, String id) {
        return find(yaml, id).map(span -> splice(yaml, span, ""));
    }

    /** The question's entry as a map text, for {@link #read}. */
    public static Optional<String> entry(String yaml, String id) {
        return find(yaml, id).map(span -> String.join("\n", lines(yaml).subList(span.start(), span.end())));
    }

    /** Reads a question's fields from its entry text ({@code "  - id: x\n    type: ..."}); unreadable fields are empty. */
    public static Question read(String entry) {
        List<String> ls = lines(entry);
        if (ls.isEmpty()) {
            return blank();
        }
        int dash = ls.get(0).indexOf('-');
        int cut = dash + 2;
        StringBuilder map = new StringBuilder();
        for (int i = 0; i < ls.size(); i++) {
            String l = ls.get(i);
            map.append(i == 0 ? l.substring(Math.min(cut, l.length())) : l.length() >= cut && l.substring(0, cut).isBlank()
                    ? l.substring(cut) : l.strip()).append('\n');
        }
        YamlMap q = YamlMap.parse(map.toString(), 0, (line, reason) -> { }).orElse(null);
        if (q == null) {
            return blank();
        }
        QuestionType type = QuestionType.fromId(q.optionalString("type").orElse("")).orElse(QuestionType.SINGLE);
        List<Question.Option> options = new ArrayList<>();
        List<Question.Pair> pairs = new ArrayList<>();
        List<Question.Item> items = new ArrayList<>();
        List<Question.Accepted> accepted = new ArrayList<>();
        for (YamlMap o : q.maps("options", false)) {
            options.add(new Question.Option(text(o, "text"), o.optionalBool("correct").orElse(false), text(o, "feedback")));
        }
        if (type == QuestionType.TRUEFALSE) {
            options = new ArrayList<>(Question.trueFalse(q.optionalBool("answer").orElse(true), text(q, "feedbackTrue"),
                    text(q, "feedbackFalse")));
        }
        for (YamlMap p : q.maps("pairs", false)) {
            pairs.add(new Question.Pair(text(p, "prompt"), text(p, "match"), text(p, "feedback")));
        }
        for (YamlMap p : q.maps("items", false)) {
            items.add(new Question.Item(text(p, "text"), text(p, "feedback")));
        }
        for (YamlMap p : q.maps("accept", false)) {
            accepted.add(new Question.Accepted(text(p, "text"), text(p, "feedback")));
        }
        Set<Question.Ignore> ignore = EnumSet.noneOf(Question.Ignore.class);
        if (q.has("ignore")) {
            q.strings("ignore", false).forEach(v -> {
                switch (v) {
                    case "case" -> ignore.add(Question.Ignore.CASE);
                    case "space" -> ignore.add(Question.Ignore.SPACE);
                    case "punctuation" -> ignore.add(Question.Ignore.PUNCTUATION);
                    default -> { }
                }
            });
        } else if (type == QuestionType.SHORT) {
            ignore.addAll(Question.Ignore.ALL);
        }
        return new Question(text(q, "id"), type, text(q, "objective"), q.strings("danos", false),
                q.optionalString("scenario").orElse(null), text(q, "stem"), text(q, "explanation"), options, pairs,
                q.strings("extraMatches", false), items, accepted, ignore, text(q, "wrongFeedback"));
    }

    public static Question blank() {
        return new Question("", QuestionType.SINGLE, "", List.of(), null, "", "", List.of(), List.of(), List.of(),
                List.of(), List.of(), Question.Ignore.ALL, "");
    }

    private static String splice(String yaml, Span span, String entry) {
        String nl = yaml.contains("\r\n") ? "\r\n" : "\n";
        List<String> raw = List.of(yaml.split("\n", -1));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < span.start(); i++) {
            out.append(raw.get(i)).append('\n');
        }
        out.append(entry.replace("\r\n", "\n").replace("\n", nl));
        for (int i = span.end(); i < raw.size(); i++) {
            out.append(raw.get(i));
            if (i < raw.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static Optional<String> idOf(String firstField) {
        if (!firstField.startsWith("id:")) {
            return Optional.empty();
        }
        String v = firstField.substring(3).strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return Optional.of(v);
    }

    private static boolean topLevel(String l) {
        return !l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t") && !l.startsWith("-") && !l.startsWith("#");
    }

    private static int indentOf(String l) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String text(YamlMap m, String key) {
        return m.optionalString(key).orElse("");
    }
}
