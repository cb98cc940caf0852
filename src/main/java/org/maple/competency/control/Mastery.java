package org.maple.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maple.competency.entity.CompetencyPolicy;
import org.maple.competency.entity.EvidenceItem;
import org.maple.competency.entity.EvidenceKind;

/**
 * Question mastery of one unit: across every course that tests the unit, the latest graded attempt of
 * each course that is still fresh; {@code share} = marks earned / questions over those attempts.
 * With fewer than the policy's minimum questions it says nothing ({@link #enoughData()} is false).
 *
 * @param attempts the attempts counted (one per course at most)
 * @param until    when the earliest counted attempt lapses (null when none)
 */
public record Mastery(int questions, double share, boolean enoughData, boolean met, List<EvidenceItem> attempts,
        LocalDate until) {

    public static final Mastery NONE = new Mastery(0, 0, false, false, List.of(), null);

    /** A gap: enough questions answered, share below the threshold. */
    public boolean gap() {
        return enoughData && !met;
    }

    /** The share as a whole percentage, e.g. 83. */
    public int percent() {
        return (int) Math.floor(share * 100 + 1e-9);
    }

    /**
     * Mastery from a unit's evidence at {@code today}: items of other kinds are ignored; an attempt
     * counts while {@code today} is before its date plus {@code refreshMonths}.
     */
    public static Mastery of(List<EvidenceItem> items, LocalDate today, int refreshMonths, CompetencyPolicy policy) {
        Map<String, EvidenceItem> latest = new HashMap<>();
        for (EvidenceItem i : items) {
            if (i.kind() != EvidenceKind.QUESTIONS || i.questions() <= 0) {
                continue;
            }
            String course = i.courseCode() == null ? "" : i.courseCode();
            latest.merge(course, i, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        List<EvidenceItem> counted = new ArrayList<>();
        int questions = 0;
        double marks = 0;
        LocalDate until = null;
        for (EvidenceItem i : latest.values()) {
            LocalDate expires = StatusRules.expiry(i.at(), refreshMonths);
            if (!today.isBefore(expires)) {
                continue;
            }
            counted.add(i);
            questions += i.questions();
            marks += Math.max(0, Math.min(i.scoreSum(), i.questions()));
            until = until == null || expires.isBefore(until) ? expires : until;
        }
        if (questions == 0) {
            return NONE;
        }
        counted.sort(LATEST.reversed());
        double share = marks / questions;
        boolean enough = questions >= policy.masteryMinQuestions();
        return new Mastery(questions, share, enough, enough && share + 1e-9 >= policy.masteryShare(), counted, until);
    }

    /** Later attempt first by time, then by source (attempt ids grow). */
    private static final Comparator<EvidenceItem> LATEST = Comparator.comparing(EvidenceItem::at)
            .thenComparing(i -> attemptNumber(i.sourceRef()));

    private static long attemptNumber(String ref) {
        int colon = ref.lastIndexOf(':');
        try {
            return Long.parseLong(ref.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
