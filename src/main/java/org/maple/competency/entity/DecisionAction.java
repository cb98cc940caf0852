package org.maple.competency.entity;

/** What a manager (or admin) decided about a person's unit; every decision is kept in the audit trail. */
public enum DecisionAction {
    SIGNED_OFF("Signed off"), DECLINED("Declined"), REOPENED("Reopened");

    private final String label;

    DecisionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
