package org.maple.practice.entity;

/**
 * The three FAMA stages as MAPLE names them (content brief 2.5.2: working labels assembled from
 * sourced elements, not FAMA's own wording).
 */
public enum FamaStage {
    ASSESS_INTRODUCE("Assess and introduce"),
    FACILITATE_LINK("Facilitate and link"),
    FOLLOW_UP_REVIEW("Follow up and review");

    private final String label;

    FamaStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
