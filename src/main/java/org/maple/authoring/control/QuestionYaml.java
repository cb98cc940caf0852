package org.maple.authoring.control;

import java.util.List;

import org.maple.quiz.entity.Question;

/**
 * Writes questions in the bank file format of quizzes/README.md (the inverse of the bank parser for
 * the fields a question has), to add questions imported from GIFT to a draft bank.
 */
public final class QuestionYaml {

    private QuestionYaml() {
    }

    /** The question as a list entry under {@code questions:} (two-space indent), ending with a newline. */
    public static String write(Question q) {
        StringBuilder sb = new StringBuilder();
        sb.append("  - id: ").append(YamlBlocks.quote(q.id())).append('\n');
        line(sb, "type", q.type().id());
        line(sb, "objective", q.objective());
        sb.append("    ").append(YamlBlocks.flow("danos", q.danos())).append('\n');
        if (q.scenarioId() != null) {
            line(sb, "scenario", q.scenarioId());
        }
        line(sb, "stem", q.stem());
        line(sb, "explanation", q.explanation());
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                sb.append("    options:\n");
                for (Question.Option o : q.options()) {
                    sb.append("      - text: ").append(YamlBlocks.quote(o.text())).append('\n');
                    if (o.correct()) {
                        sb.append("        correct: true\n");
                    }
                    sb.append("        feedback: ").append(YamlBlocks.quote(o.feedback())).append('\n');
                }
            }
            case TRUEFALSE -> {
                line(sb, "answer", Boolean.toString(q.trueFalseAnswer()));
                line(sb, "feedbackTrue", q.options().get(0).feedback());
                line(sb, "feedbackFalse", q.options().get(1).feedback());
            }
            case MATCHING -> {
                sb.append("    pairs:\n");
                for (Question.Pair p : q.pairs()) {
                    sb.append("      - prompt: ").append(YamlBlocks.quote(p.prompt())).append('\n');
                    sb.append("        match: ").append(YamlBlocks.quote(p.match())).append('\n');
                    sb.append("        feedback: ").append(YamlBlocks.quote(p.feedback())).append('\n');
                }
                if (!q.extraMatches().isEmpty()) {
                    sb.append("    ").append(YamlBlocks.flow("extraMatches", q.extraMatches())).append('\n');
                }
            }
            case ORDERING -> {
                sb.append("    items:\n");
                for (Question.Item i : q.items()) {
                    sb.append("      - text: ").append(YamlBlocks.quote(i.text())).append('\n');
                    sb.append("        feedback: ").append(YamlBlocks.quote(i.feedback())).append('\n');
                }
            }
            case SHORT -> {
                sb.append("    accept:\n");
                for (Question.Accepted a : q.accepted()) {
                    sb.append("      - text: ").append(YamlBlocks.quote(a.text())).append('\n');
                    sb.append("        feedback: ").append(YamlBlocks.quote(a.feedback())).append('\n');
                }
                if (!q.ignore().equals(Question.Ignore.ALL)) {
                    sb.append("    ").append(YamlBlocks.flow("ignore",
                            q.ignore().stream().map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).toList())).append('\n');
                }
                line(sb, "wrongFeedback", q.wrongFeedback());
            }
            default -> throw new IllegalStateException(q.type().id());
        }
        return sb.toString();
    }

    /** The bank text with the questions appended to its {@code questions:} list (which is created when missing). */
    public static String append(String bank, List<Question> questions) {
        StringBuilder add = new StringBuilder();
        questions.forEach(q -> add.append(write(q)));
        String nl = bank.contains("\r\n") ? "\r\n" : "\n";
        String block = add.toString().replace("\n", nl);
        int at = bank.indexOf(nl + "questions:");
        if (at < 0 && !bank.startsWith("questions:")) {
            return bank + (bank.endsWith(nl) || bank.isEmpty() ? "" : nl) + "questions:" + nl + block;
        }
        // the end of the questions block: the next top-level key, or the end of the text
        int start = bank.startsWith("questions:") ? 0 : at + nl.length();
        int end = bank.length();
        int pos = bank.indexOf(nl, start);
        while (pos >= 0 && pos + nl.length() < bank.length()) {
            char c = bank.charAt(pos + nl.length());
            if (c != ' ' && c != '\t' && c != '-' && c != '#' && c != '\r' && c != '\n') {
                end = pos + nl.length();
                break;
            }
            pos = bank.indexOf(nl, pos + nl.length());
        }
        String head = bank.substring(0, end);
        if (!head.endsWith(nl)) {
            head += nl;
        }
        return head + block + bank.substring(end);
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append("    ").append(key).append(": ").append(YamlBlocks.quote(value)).append('\n');
    }
}
