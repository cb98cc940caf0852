package org.maple.competency.boundary;

import java.time.LocalDate;
import java.util.List;

import org.maple.competency.entity.CompetencyStatus;

/** The records the competency services give pages and the REST API. */
public final class CompetencyRecords {

    private CompetencyRecords() {
    }

    /** A DANOS unit as data: its versioned code, earlier codes and what MAPLE is unsure of. */
    public record UnitInfo(String code, String versionedCode, String title, String description, int refreshMonths,
            String titleConfidence, List<String> formerCodes, List<String> uncertainties) implements java.io.Serializable {
    }

    /**
     * One piece of evidence. {@code counts}: it counts towards the status today (fresh, and for quiz
     * questions the latest attempt of its course).
     */
    public record EvidenceLine(String kind, String kindLabel, String what, LocalDate on, LocalDate expiresOn,
            boolean counts) implements java.io.Serializable {
    }

    /** One entry of the audit trail; {@code inForce}: the sign-off or decline that currently applies. */
    public record DecisionLine(long id, String action, String label, String by, String at, String comment,
            Long reopensId, boolean inForce) implements java.io.Serializable {
    }

    /** A person's standing in one unit, with the evidence behind it and what is still needed. */
    public record UnitCompetency(UnitInfo unit, CompetencyStatus status, String statusLabel, String icon, String tone,
            LocalDate validUntil, int coursesDone, int coursesRequired, Integer masteryPercent, int masteryQuestions,
            List<String> needed, List<EvidenceLine> evidence, List<DecisionLine> decisions, boolean canSignOff,
            boolean canDecline, boolean canReopen) implements java.io.Serializable {
    }

    public record PersonCompetencies(long personId, String name, String email, String team,
            List<UnitCompetency> units) implements java.io.Serializable {
    }

    /** A team the caller may see. */
    public record TeamChoice(long id, String name, int members) implements java.io.Serializable {
    }

    /** One thing a manager should look at. {@code unit} is set when it concerns a DANOS unit. */
    public record AttentionItem(long personId, String name, String kind, String text, String unit) implements java.io.Serializable {
    }

    /** The team's induction progress week by week, for the chart and its table. */
    public record ProgressSeries(List<String> weeks, List<Integer> percentComplete, List<Integer> fullyInducted,
            int members) implements java.io.Serializable {
    }

    /** A sign-off, decline or reopening request: the comment or reason (required, at most 2000 characters). */
    public record DecisionRequest(String comment) implements java.io.Serializable {
    }
}
