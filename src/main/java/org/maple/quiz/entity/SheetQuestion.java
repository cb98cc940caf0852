package org.maple.quiz.entity;

import java.util.List;

/**
 * One question of an open attempt as the learner sees it: texts in screen order and the saved
 * answer in screen positions. Nothing here says which part is correct.
 *
 * @param type       single, multiple, truefalse, matching, ordering or short
 * @param options    SINGLE, MULTIPLE, TRUEFALSE: the options in screen order
 * @param prompts    MATCHING: the prompts in screen order, each with its chosen match position
 * @param matches    MATCHING: the list each prompt picks from, in screen order
 * @param items      ORDERING: the items in the learner's current order
 * @param text       SHORT: the saved text
 */
public record SheetQuestion(int position, String id, String type, String scenarioId, String scenarioTitle,
        String scenarioText, String stem, List<Shown> options, List<Shown> prompts, List<String> matches,
        List<Shown> items, String text, boolean answered) implements java.io.Serializable {

    /**
     * A part as shown: {@code index} its screen position (for items: its id), {@code text}, and for
     * options whether it is chosen, for prompts the chosen match position (-1 none).
     */
    public record Shown(int index, String text, boolean selected, int chosen) implements java.io.Serializable {
    }

    /** ORDERING: the item ids in the current order, comma-separated (the form's hidden field). */
    public String orderingValue() {
        return String.join(",", items.stream().map(i -> Integer.toString(i.index())).toList());
    }

    public boolean isSingle() {
        return type.equals("single") || type.equals("truefalse");
    }

    public boolean isMultiple() {
        return type.equals("multiple");
    }

    public boolean isMatching() {
        return type.equals("matching");
    }

    public boolean isOrdering() {
        return type.equals("ordering");
    }

    public boolean isShort() {
        return type.equals("short");
    }
}
