package org.maple.quiz.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The frozen draw of one attempt: which questions, in which order, and how each one's parts are
 * laid out. {@link Presentation#order()} lists canonical indexes in screen order: options (SINGLE,
 * MULTIPLE, TRUEFALSE), prompts (MATCHING) or items (ORDERING, the starting order the learner
 * rearranges); it is empty for SHORT. {@link Presentation#matchOrder()} lists indexes into
 * {@link Question#matches()} in screen order (MATCHING only).
 * <p>Encoding ({@link #encode()}): {@code id=order|matchOrder} per question joined by {@code ;},
 * e.g. {@code define-1=2,0,1;plus-one=;match-1=1,0|2,0,3,1}.
 */
public record AttemptPaper(List<Presentation> questions) implements java.io.Serializable {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ENTRY = Pattern.compile(
            "([a-z0-9][a-z0-9-]*)=((?:[0-9]{1,4}(?:,[0-9]{1,4})*)?)(?:\\|([0-9]{1,4}(?:,[0-9]{1,4})*))?");

    /** One question on the paper and the screen order of its parts. */
    public record Presentation(String questionId, List<Integer> order, List<Integer> matchOrder) implements java.io.Serializable {
        public Presentation {
            if (questionId == null || !ID.matcher(questionId).matches()) {
                throw new IllegalArgumentException("question id '" + questionId + "'");
            }
            order = List.copyOf(order);
            matchOrder = List.copyOf(matchOrder);
        }
    }

    public AttemptPaper {
        questions = List.copyOf(questions);
    }

    public List<String> questionIds() {
        return questions.stream().map(Presentation::questionId).toList();
    }

    public Optional<Presentation> presentation(String questionId) {
        return questions.stream().filter(p -> p.questionId().equals(questionId)).findFirst();
    }

    /** The compact storage form; see the class comment. */
    public String encode() {
        return questions.stream().map(p -> p.questionId() + "=" + join(p.order())
                + (p.matchOrder().isEmpty() ? "" : "|" + join(p.matchOrder())))
                .collect(Collectors.joining(";"));
    }

    /** Reads {@link #encode()}'s form back; empty when the text is not a valid paper. */
    public static Optional<AttemptPaper> decode(String s) {
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        List<Presentation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : s.split(";", -1)) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches() || !seen.add(m.group(1))) {
                return Optional.empty();
            }
            out.add(new Presentation(m.group(1), split(m.group(2)), split(m.group(3))));
        }
        return Optional.of(new AttemptPaper(out));
    }

    private static String join(List<Integer> list) {
        return list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> split(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String p : s.split(",")) {
            out.add(Integer.parseInt(p));
        }
        return out;
    }
}
