package org.maple.competency.entity;

/**
 * The thresholds of the status rules (documented in docs/competency-rules.md).
 *
 * @param expiringWindowDays a valid unit shows "expiring" this many days before it lapses
 * @param masteryShare       share of the available marks (0–1) needed on a unit's questions
 * @param masteryMinQuestions fewer questions than this say nothing about mastery either way
 */
public record CompetencyPolicy(int expiringWindowDays, double masteryShare, int masteryMinQuestions) implements java.io.Serializable {

    public static final CompetencyPolicy DEFAULT = new CompetencyPolicy(60, 0.8, 6);

    public CompetencyPolicy {
        if (expiringWindowDays < 0 || masteryShare <= 0 || masteryShare > 1 || masteryMinQuestions < 1) {
            throw new IllegalArgumentException("invalid competency policy: window " + expiringWindowDays
                    + ", share " + masteryShare + ", min questions " + masteryMinQuestions);
        }
    }
}
