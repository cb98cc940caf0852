package org.maple.quiz.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maple.course.entity.FileProblem;
import org.maple.quiz.control.GiftAnswers.Rejected;
import org.maple.quiz.control.GiftText.Format;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

/**
 * Reads Moodle's GIFT format into questions, following Moodle's own importer: blank lines separate
 * questions, {@code //} lines are comments, {@code ::title::} becomes the id (slugified, made
 * unique; without a title, a slug of the stem), {@code $CATEGORY:} the objective of the questions
 * after it (its last path segment, slugified; "gift" before any category), {@code ####} the
 * explanation. A missing-word question (text after the answer block) gets "_____" in place of the
 * block.
 * <p>Types: {@code {=a ~b}} single; {@code {~%50%a ~%50%b ~%-100%c}} multiple (positive weight =
 * correct); {@code {T}}, {@code {TRUE}}, {@code {F}}, {@code {FALSE}} with {@code #wrong#right}
 * feedback; {@code {=a =b}} short; {@code {=a -> b}} matching ({@code = -> x} adds an extra match).
 * <p>Text: {@code [html]} text is converted to Markdown-compatible plain text (see
 * {@link GiftText#htmlToText}); {@code [markdown]}, {@code [plain]} and {@code [moodle]} text is kept.
 * <p>Comments of the form {@code // maple: danos AF1 AF2}, {@code // maple: scenario id},
 * {@code // maple: ignore case space} (or {@code none}) and {@code // maple: pair-feedback 1 text}
 * carry what GIFT cannot (see {@link GiftWriter}); Moodle ignores them. Matching pairs may also
 * carry {@code #feedback} inline.
 * <p>Every problem names the line where its question starts, and that question is not imported:
 * numerical ({@code {#...}}), essay ({@code {}}), description (no answer block), partial credit
 * MAPLE cannot score, and malformed blocks. Imported questions have no DANOS codes unless a maple
 * comment gives them; {@link QuestionRules} tells what else they lack (feedback, explanation).
 */
public final class GiftParser {

    /** The questions read, in file order, and the problems found. */
    public record Result(List<Question> questions, List<FileProblem> problems) {
    }

    /** A question's text (escapes protected), the line it starts on and its maple comments. */
    private record Block(int line, String text, List<String> meta) {
    }

    private final String file;
    private final List<Question> questions = new ArrayList<>();
    private final List<FileProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String objective = "gift";

    private GiftParser(String file) {
        this.file = file;
    }

    /** Parses GIFT text; {@code file} is the name used in problems. */
    public static Result parse(String file, String text) {
        GiftParser p = new GiftParser(file);
        for (Block b : blocks(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            if (b.text().startsWith("$CATEGORY:")) {
                String path = GiftText.restore(b.text().substring(10)).strip();
                String slug = GiftText.slug(path.substring(path.lastIndexOf('/') + 1), 100);
                p.objective = slug.isEmpty() ? "gift" : slug;
                continue;
            }
            try {
                p.questions.add(p.question(b));
            } catch (Rejected e) {
                p.problems.add(new FileProblem(file, b.line(), e.getMessage()));
            }
        }
        return new Result(List.copyOf(p.questions), List.copyOf(p.problems));
    }

    private static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<String> content = new ArrayList<>();
        List<String> meta = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            boolean category = line.startsWith("$CATEGORY:");
            if ((line.isEmpty() || category) && !content.isEmpty()) {
                out.add(new Block(start, GiftText.protect(String.join("\n", content)).strip(), List.copyOf(meta)));
                content.clear();
            }
            if (line.isEmpty() || category) {
                meta.clear();
            }
            if (line.isEmpty()) {
                continue;
            } else if (line.startsWith("//")) {
                String c = line.substring(2).strip();
                if (c.startsWith("maple:")) {
                    meta.add(c.substring(6).strip());
                }
            } else if (category) {
                out.add(new Block(i + 1, GiftText.protect(line), List.of()));
            } else {
                if (content.isEmpty()) {
                    start = i + 1;
                }
                content.add(lines[i]);
            }
        }
        return out;
    }

    private Question question(Block b) throws Rejected {
        String t = b.text();
        String title = null;
        if (t.startsWith("::")) {
            int end = t.indexOf("::", 2);
            if (end < 0) {
                throw new Rejected("the title starts with '::' but has no closing '::'");
            }
            title = GiftText.restore(t.substring(2, end)).strip();
            t = t.substring(end + 2).strip();
        }
        int open = t.indexOf('{');
        int close = t.indexOf('}');
        if (open < 0 && close < 0) {
            throw new Rejected("a description (text without an answer block {...}) is not supported:"
                    + " nothing to answer");
        }
        if (open < 0 || close < open) {
            throw new Rejected("unbalanced braces: an answer block is written {...}; a literal brace as \\{ or \\}");
        }
        String after = t.substring(close + 1);
        if (after.indexOf('{') >= 0 || after.indexOf('}') >= 0) {
            throw new Rejected("more than one answer block: MAPLE questions have one");
        }
        String stemRaw = after.isBlank() ? t.substring(0, open) : t.substring(0, open) + "_____" + after;
        String answers = t.substring(open + 1, close);
        int gf = answers.lastIndexOf("####");
        String explanationRaw = gf < 0 ? "" : answers.substring(gf + 4);
        answers = (gf < 0 ? answers : answers.substring(0, gf)).strip();
        Format format = GiftText.formatOf(stemRaw, Format.MOODLE);
        String stem = GiftText.text(stemRaw, format);
        if (answers.isEmpty()) {
            throw new Rejected("essay questions ({}) are not supported: MAPLE grades every answer itself");
        }
        if (answers.startsWith("#")) {
            throw new Rejected("numerical questions ({#...}) are not supported");
        }
        Meta meta = meta(b.meta());
        GiftAnswers parts = GiftAnswers.parse(answers, format, meta.pairFeedback);
        String id = uniqueId(title == null || GiftText.slug(title, 60).isEmpty() ? stem : title);
        return new Question(id, parts.type(), objective, meta.danos, meta.scenario, stem,
                GiftText.text(explanationRaw, format), parts.options(), parts.pairs(), parts.extraMatches(),
                List.of(), parts.accepted(), parts.type() == QuestionType.SHORT
                        ? meta.ignore : Set.of(), parts.wrongFeedback());
    }

    private String uniqueId(String source) {
        String base = GiftText.slug(source, 60);
        base = base.isEmpty() ? "question" : base;
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** What maple comments say about a question. */
    private static final class Meta {
        List<String> danos = List.of();
        String scenario;
        Set<Question.Ignore> ignore = Question.Ignore.ALL;
        Map<Integer, String> pairFeedback = new HashMap<>();
    }

    private static Meta meta(List<String> lines) throws Rejected {
        Meta m = new Meta();
        for (String line : lines) {
            String[] kv = line.split("\\s+", 2);
            String value = kv.length > 1 ? kv[1].strip() : "";
            switch (kv[0]) {
                case "danos" -> m.danos = value.isEmpty() ? List.of() : List.of(value.split("[\\s,]+"));
                case "scenario" -> m.scenario = value;
                case "ignore" -> m.ignore = ignore(value);
                case "pair-feedback" -> {
                    String[] nv = value.split("\\s+", 2);
                    if (!nv[0].matches("[1-9][0-9]{0,2}") || nv.length < 2) {
                        throw new Rejected("'// maple: pair-feedback' needs a pair number and a text");
                    }
                    m.pairFeedback.put(Integer.parseInt(nv[0]) - 1, GiftText.restore(GiftText.protect(nv[1])).strip());
                }
                default -> throw new Rejected("unknown '// maple: " + kv[0] + "' comment");
            }
        }
        return m;
    }

    private static Set<Question.Ignore> ignore(String value) throws Rejected {
        Set<Question.Ignore> out = new HashSet<>();
        for (String v : value.split("[\\s,]+")) {
            switch (v) {
                case "case" -> out.add(Question.Ignore.CASE);
                case "space" -> out.add(Question.Ignore.SPACE);
                case "punctuation" -> out.add(Question.Ignore.PUNCTUATION);
                case "none", "" -> { }
                default -> throw new Rejected("'// maple: ignore' may list case, space, punctuation or none");
            }
        }
        return out;
    }
}
