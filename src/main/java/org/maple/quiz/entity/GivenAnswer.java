package org.maple.quiz.entity;

import java.util.List;

/**
 * An answer as the learner's screen gives it, in screen positions, never canonical indexes (so the
 * page reveals nothing about the bank's order): {@code choice} the positions of the chosen options;
 * {@code matching} per prompt as shown, the position of the chosen match in the list as shown (-1
 * none); {@code ordering} the items' ids (their position in the starting order) in the learner's
 * order; {@code text} a short answer. Exactly one part is set for a given question type.
 */
public record GivenAnswer(List<Integer> choice, List<Integer> matching, List<Integer> ordering, String text) implements java.io.Serializable {

    public static final GivenAnswer NONE = new GivenAnswer(null, null, null, null);

    public GivenAnswer {
        choice = choice == null ? null : List.copyOf(choice);
        matching = matching == null ? null : List.copyOf(matching);
        ordering = ordering == null ? null : List.copyOf(ordering);
    }
}
