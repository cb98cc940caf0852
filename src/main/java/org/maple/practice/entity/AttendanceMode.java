package org.maple.practice.entity;

/** How a meeting was attended. */
public enum AttendanceMode {
    IN_PERSON("In person"), ONLINE("Online");

    private final String label;

    AttendanceMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
