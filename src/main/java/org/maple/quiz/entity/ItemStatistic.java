package org.maple.quiz.entity;

import java.util.List;

/**
 * How one question performed across graded attempts.
 *
 * @param attempts       how many graded attempts drew it
 * @param facility       mean credit (0–1): the share who got it right; null when never drawn
 * @param discrimination correlation of the question's credit with the rest of the attempt's score
 *                       (−1…1); null with fewer than {@link #MIN_FOR_DISCRIMINATION} attempts or
 *                       no variation
 * @param options        for choice questions, how often each option was chosen (bank order)
 * @param flags          plain-English warnings for the trainer
 */
public record ItemStatistic(String questionId, String type, String objective, String stem, int attempts,
        Double facility, Double discrimination, List<OptionUse> options, List<String> flags) implements java.io.Serializable {

    public static final int MIN_FOR_FLAGS = 5;
    public static final int MIN_FOR_DISCRIMINATION = 5;

    /** One option and the share of attempts that chose it. */
    public record OptionUse(String text, boolean correct, int chosen, double share) implements java.io.Serializable {
    }
}
