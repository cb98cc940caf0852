package org.maple.competency.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.maple.competency.entity.EvidenceItem;
import org.maple.course.boundary.CompletionValidity;
import org.maple.course.boundary.CompletionValidity.Certified;

/**
 * Course-completion evidence as its certificate has it (see {@link CompletionValidity}; without the
 * certificate feature, completions count for the unit's refresh period only): the day the completion
 * stops counting and words for the evidence list. The words do not depend on today's date, so the
 * events and a recomputation store the same thing.
 */
@Dependent
public class CertifiedEvidence {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Inject
    Instance<CompletionValidity> validity;

    @Inject
    Clock clock;

    /** Enrolment id → its certified completion, for the given people (everyone when null). */
    public Map<Long, Certified> byEnrolment(Collection<Long> personIds) {
        Map<Long, Certified> out = new HashMap<>();
        if (validity.isResolvable()) {
            for (Certified c : validity.get().completions(personIds, LocalDate.now(clock))) {
                out.put(c.enrolmentId(), c);
            }
        }
        return out;
    }

    /** One person's certified completions by enrolment. */
    public Map<Long, Certified> byEnrolment(long personId) {
        return byEnrolment(List.of(personId));
    }

    /** The evidence item of a completion, cut short by its certificate when it has one. */
    public static EvidenceItem completed(long enrolmentId, String courseCode, LocalDateTime at, Certified c) {
        if (c == null) {
            return EvidenceItem.courseCompleted(enrolmentId, courseCode, at);
        }
        String words = switch (c.state()) {
            case REVOKED -> "Certificate " + c.certificateCode() + " revoked"
                    + (c.revokedOn() == null ? "" : " on " + UK.format(c.revokedOn())) + ": the completion no longer counts";
            case VALID, EXPIRED -> c.expiresOn() == null ? "Certificate " + c.certificateCode() + " (no expiry)"
                    : "Certificate " + c.certificateCode() + " valid to " + UK.format(c.expiresOn());
        };
        return EvidenceItem.courseCompleted(enrolmentId, courseCode, at, c.endsOn(), words);
    }
}
