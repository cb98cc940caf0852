package org.maple.practice.entity;

/** Who may attend a group's meetings: anyone (open), only members (closed), or some of each (both). */
public enum MeetingAccess {
    OPEN("Open to anyone"), CLOSED("Closed (members only)"), BOTH("Some meetings open, some closed");

    private final String label;

    MeetingAccess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a member of staff or a client's family member can go to it as a visitor. */
    public boolean welcomesVisitors() {
        return this != CLOSED;
    }
}
