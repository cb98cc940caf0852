package org.maple.practice.entity;

/**
 * Where a log entry stands with the manager: submitted (waiting), more asked for (the author edits
 * and resubmits), verified (counts as competency evidence until the verification is withdrawn).
 */
public enum ReviewState {
    SUBMITTED("Waiting for review"), MORE_REQUESTED("More asked for"), VERIFIED("Verified");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
