package org.maple.quiz.entity;

import java.util.Optional;

/**
 * What a learner sees after an attempt (quizzes/README.md, "Feedback policy"). The score and
 * pass/fail are always shown; {@link #reveal} says what else is.
 */
public enum FeedbackPolicy {
    /** Right/wrong and the feedback of what was chosen; answers and explanations once finished. */
    STANDARD("standard"),
    /** Only score and pass/fail until finished; then everything. */
    SCORE_ONLY("score-only"),
    /** Everything after every attempt. */
    FULL("full");

    /** What to show beside the score and pass/fail. */
    public record Reveal(boolean rightWrong, boolean chosenFeedback, boolean correctAnswers,
            boolean explanations) implements java.io.Serializable {

        public static final Reveal NOTHING = new Reveal(false, false, false, false);
        public static final Reveal EVERYTHING = new Reveal(true, true, true, true);
    }

    private final String id;

    FeedbackPolicy(String id) {
        this.id = id;
    }

    /** The name used in bank files ({@code feedback: score-only}). */
    public String id() {
        return id;
    }

    public static Optional<FeedbackPolicy> fromId(String id) {
        for (FeedbackPolicy p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * What to reveal for an attempt.
     *
     * @param passed whether the learner has passed the quiz (with this or an earlier attempt)
     * @param attemptsLeft whether the learner may still start another attempt
     */
    public Reveal reveal(boolean passed, boolean attemptsLeft) {
        boolean finished = passed || !attemptsLeft;
        return switch (this) {
            case FULL -> Reveal.EVERYTHING;
            case STANDARD -> new Reveal(true, true, finished, finished);
            case SCORE_ONLY -> finished ? Reveal.EVERYTHING : Reveal.NOTHING;
        };
    }
}
