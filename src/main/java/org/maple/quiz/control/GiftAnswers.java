package org.maple.quiz.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maple.quiz.control.GiftText.Format;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

/**
 * The answer block of one GIFT question (between the braces, general feedback removed, escapes
 * protected) read into MAPLE's parts, deciding the type as Moodle's importer does.
 */
record GiftAnswers(QuestionType type, List<Question.Option> options, List<Question.Pair> pairs,
        List<String> extraMatches, List<Question.Accepted> accepted, String wrongFeedback) {

    /** Why a question cannot be imported. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern WEIGHT = Pattern.compile("%(-?[0-9]{1,3}(?:\\.[0-9]*)?)%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One answer: its marker ('=' or '~') and the text after it. */
    private record Raw(char marker, String body) {
    }

    static GiftAnswers parse(String block, Format format, Map<Integer, String> pairFeedback) throws Rejected {
        if (block.indexOf('~') >= 0) {
            return choice(split(block, "~="), format);
        }
        if (block.indexOf('=') >= 0 && block.contains("->")) {
            return matching(split(block, "="), format, pairFeedback);
        }
        String tf = block.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (List.of("T", "TRUE", "F", "FALSE").contains(tf)) {
            String[] bits = block.split("#", 3);
            boolean answer = tf.startsWith("T");
            String wrong = bits.length > 1 ? GiftText.text(bits[1], format) : "";
            String right = bits.length > 2 ? GiftText.text(bits[2], format) : "";
            return new GiftAnswers(QuestionType.TRUEFALSE, Question.trueFalse(answer, answer ? right : wrong,
                    answer ? wrong : right), List.of(), List.of(), List.of(), "");
        }
        if (block.startsWith("=")) {
            return shortAnswer(split(block, "="), format);
        }
        throw new Rejected("cannot tell the question type: answers start with '=' (right) or '~' (wrong)");
    }

    private static GiftAnswers choice(List<Raw> raws, Format format) throws Rejected {
        boolean single = raws.stream().anyMatch(r -> r.marker() == '=');
        List<Question.Option> options = new ArrayList<>();
        for (Raw r : raws) {
            String body = r.body();
            BigDecimal weight = r.marker() == '=' ? HUNDRED : BigDecimal.ZERO;
            Matcher m = WEIGHT.matcher(body);
            if (r.marker() == '~' && m.lookingAt()) {
                weight = new BigDecimal(m.group(1));
                body = body.substring(m.end());
            }
            if (single && r.marker() == '~' && weight.signum() > 0) {
                throw new Rejected("partial credit (~%" + m.group(1) + "%) beside an '=' answer is not supported:"
                        + " a single question has one right answer; use only ~%...% weights for several");
            }
            String[] tf = body.split("#", 2);
            options.add(new Question.Option(GiftText.text(tf[0], format), weight.signum() > 0,
                    tf.length > 1 ? GiftText.text(tf[1], format) : ""));
        }
        long correct = options.stream().filter(Question.Option::correct).count();
        if (options.size() < 2) {
            throw new Rejected("a multiple choice question needs at least two answers");
        } else if (single && correct > 1) {
            throw new Rejected("more than one '=' answer: a single question has one right answer;"
                    + " for several right answers use ~%50% weights");
        } else if (correct == 0) {
            throw new Rejected("no answer is right: mark it with '=' or give it a positive weight such as ~%50%");
        }
        return new GiftAnswers(single ? QuestionType.SINGLE : QuestionType.MULTIPLE, options,
                List.of(), List.of(), List.of(), "");
    }

    private static GiftAnswers matching(List<Raw> raws, Format format, Map<Integer, String> pairFeedback)
            throws Rejected {
        List<Question.Pair> pairs = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Raw r : raws) {
            int arrow = r.body().indexOf("->");
            if (arrow < 0) {
                throw new Rejected("every matching answer is written =prompt -> match");
            }
            String prompt = GiftText.text(r.body().substring(0, arrow), format);
            String[] mf = r.body().substring(arrow + 2).split("#", 2);
            String match = GiftText.restore(mf[0]).strip();
            if (prompt.isEmpty()) {
                extra.add(match);
            } else {
                String feedback = mf.length > 1 ? GiftText.text(mf[1], format)
                        : pairFeedback.getOrDefault(pairs.size(), "");
                pairs.add(new Question.Pair(prompt, match, feedback));
            }
        }
        if (pairs.size() < 2) {
            throw new Rejected("a matching question needs at least two pairs");
        }
        return new GiftAnswers(QuestionType.MATCHING, List.of(), pairs, extra, List.of(), "");
    }

    private static GiftAnswers shortAnswer(List<Raw> raws, Format format) throws Rejected {
        List<Question.Accepted> accepted = new ArrayList<>();
        String wrongFeedback = "";
        for (Raw r : raws) {
            String body = r.body();
            BigDecimal weight = HUNDRED;
            Matcher m = WEIGHT.matcher(body);
            if (m.lookingAt()) {
                weight = new BigDecimal(m.group(1));
                body = body.substring(m.end());
            }
            String[] tf = body.split("#", 2);
            String text = GiftText.text(tf[0], format);
            String feedback = tf.length > 1 ? GiftText.text(tf[1], format) : "";
            if (weight.compareTo(HUNDRED) == 0) {
                accepted.add(new Question.Accepted(text, feedback));
            } else if (weight.signum() == 0 && text.equals("*")) {
                wrongFeedback = feedback;
            } else {
                throw new Rejected("partial credit on a short answer (=%" + m.group(1) + "%" + text
                        + ") is not supported: an answer is accepted or not");
            }
        }
        if (accepted.isEmpty()) {
            throw new Rejected("a short answer question needs at least one accepted answer");
        }
        return new GiftAnswers(QuestionType.SHORT, List.of(), List.of(), List.of(), accepted, wrongFeedback);
    }

    /** Splits at each marker character; text before the first marker must be blank. */
    private static List<Raw> split(String block, String markers) throws Rejected {
        List<Raw> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= block.length(); i++) {
            if (i == block.length() || markers.indexOf(block.charAt(i)) >= 0) {
                if (start < 0 && !block.substring(0, i).isBlank()) {
                    throw new Rejected("text before the first answer: answers start with '=' or '~'");
                } else if (start >= 0) {
                    out.add(new Raw(block.charAt(start), block.substring(start + 1, i)));
                }
                start = i;
            }
        }
        return out;
    }
}
