package org.maple.competency.entity;

/** The kinds of evidence MAPLE keeps for a person in a unit. */
public enum EvidenceKind {
    /** A course that maps to the unit was completed (dated at completion). */
    COURSE_COMPLETED("Course completed"),
    /** A course that maps to the unit was started: shows activity, proves nothing yet. */
    COURSE_STARTED("Course started"),
    /** One graded quiz attempt's questions on the unit (count and score), for mastery. */
    QUESTIONS("Quiz questions"),
    /** A verified practice record (meeting log, FAMA practice, supervision). */
    PRACTICE("Practice record");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this kind can meet the criteria (everything but a course merely started). */
    public boolean qualifying() {
        return this != COURSE_STARTED;
    }
}
