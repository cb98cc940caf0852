package org.maple.practice.entity;

/** An outcome question's answer; "not yet known" until the keyworker has followed up. */
public enum Outcome {
    YES("Yes"), NO("No"), NOT_YET_KNOWN("Not yet known");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
