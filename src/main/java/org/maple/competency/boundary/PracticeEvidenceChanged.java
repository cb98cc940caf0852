package org.maple.competency.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Fired by the practice feature when a practice record that can count as competency evidence is
 * verified by a manager, or stops counting (verification withdrawn, record reopened or deleted).
 * The competency feature observes it.
 *
 * @param kind       {@code meeting} (open-meeting log), {@code fama} (FAMA practice log) or
 *                   {@code supervision} (acknowledged supervision session)
 * @param recordId   the practice record's id
 * @param danosCodes the DANOS unit codes the record evidences
 * @param occurredOn when the practice happened (evidence dates and expiry count from here)
 * @param counts     true when the record now counts as evidence, false when it no longer does
 * @param byPersonId who verified or withdrew it
 */
public record PracticeEvidenceChanged(long personId, String kind, long recordId, Set<String> danosCodes,
        LocalDate occurredOn, boolean counts, long byPersonId, LocalDateTime at) implements java.io.Serializable {
}
