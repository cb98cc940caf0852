package org.maple.competency.entity;

/**
 * Where a person stands in a DANOS unit. Each status has words, an icon and a tone, so that a page
 * never signals by colour alone. {@link #rank()} orders them from most to least in need of attention.
 */
public enum CompetencyStatus {
    NOT_STARTED("Not started", "○", "none", 1),
    IN_PROGRESS("In progress", "◐", "info", 2),
    EVIDENCED("Evidenced", "✓", "ok", 4),
    SIGNED_OFF("Signed off", "★", "ok", 5),
    EXPIRING("Expiring", "⏳", "warn", 3),
    EXPIRED("Expired", "✗", "bad", 0);

    private final String label;
    private final String icon;
    private final String tone;
    private final int rank;

    CompetencyStatus(String label, String icon, String tone, int rank) {
        this.label = label;
        this.icon = icon;
        this.tone = tone;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }

    /** ok, info, warn, bad or none: the colour family a page shows next to the words. */
    public String tone() {
        return tone;
    }

    /** 0 = most in need of attention. */
    public int rank() {
        return rank;
    }

    /** Counts as current competence: evidenced, signed off, or still valid but expiring soon. */
    public boolean current() {
        return this == EVIDENCED || this == SIGNED_OFF || this == EXPIRING;
    }
}
