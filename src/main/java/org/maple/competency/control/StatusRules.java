package org.maple.competency.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.maple.competency.entity.CompetencyPolicy;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.competency.entity.DecisionAction;
import org.maple.competency.entity.DecisionItem;
import org.maple.competency.entity.EvidenceItem;
import org.maple.competency.entity.EvidenceKind;

/**
 * The status rules of one person in one DANOS unit, as a pure function of the evidence, the
 * decisions and the date. Documented in {@code docs/competency-rules.md}; every rule there has a test
 * in {@code StatusRulesTest}.
 */
public final class StatusRules {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private StatusRules() {
    }

    /**
     * What the rules need about one person and unit.
     *
     * @param requiredCourses the current courses assigned to the person (by role) that map to the unit:
     *                        code → title, in display order
     */
    public record UnitInput(String unitCode, int refreshMonths, Map<String, String> requiredCourses,
            List<EvidenceItem> evidence, List<DecisionItem> decisions) {

        public UnitInput {
            requiredCourses = new LinkedHashMap<>(requiredCourses);
            evidence = List.copyOf(evidence);
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * The outcome: the status today, until when it holds ({@code validUntil}, for current statuses),
     * what is still needed in words, and {@code reviewOn}: the first later date on which the passing
     * of time alone could change the outcome (null: never), so stored statuses stay right without a
     * nightly job.
     */
    public record Assessment(CompetencyStatus status, LocalDate validUntil, boolean criteriaMet,
            DecisionItem decision, boolean signedOff, int coursesDone, int coursesRequired, Mastery mastery, int evidenceCount,
            LocalDate lastEvidenceOn, List<String> needed, LocalDate reviewOn) {

        public Assessment {
            needed = List.copyOf(needed);
        }

        /** The sign-off in force, if the status rests on one. */
        public Optional<DecisionItem> signOff() {
            return signedOff ? Optional.of(decision) : Optional.empty();
        }
    }

    /** Evidence dated {@code at} counts until (not including) this date. */
    public static LocalDate expiry(LocalDateTime at, int refreshMonths) {
        return at.toLocalDate().plusMonths(refreshMonths);
    }

    /**
     * The first day a piece of evidence no longer counts: its refresh period's end, or, for a course
     * completion whose certificate expires sooner or was revoked, the certificate's end (the day after
     * its expiry date; the completion day itself when revoked), whichever comes first.
     */
    public static LocalDate lapse(EvidenceItem i, int refreshMonths) {
        LocalDate refresh = expiry(i.at(), refreshMonths);
        return i.endsOn() != null && i.endsOn().isBefore(refresh) ? i.endsOn() : refresh;
    }

    /** Whether a course completion was cut short by its certificate being revoked (it never counts). */
    static boolean revoked(EvidenceItem i) {
        return i.endsOn() != null && !i.endsOn().isAfter(i.at().toLocalDate());
    }

    /** The rules: see the class comment. */
    public static Assessment assess(UnitInput in, LocalDate today, CompetencyPolicy policy) {
        int refresh = in.refreshMonths();
        List<EvidenceItem> items = in.evidence().stream().filter(i -> !i.at().toLocalDate().isAfter(today)).toList();
        Criteria now = criteria(in, items, today, policy);
        DecisionItem decision = effectiveDecision(in.decisions());

        LocalDate signedOffUntil = null;
        boolean signOffLapsed = false;
        if (decision != null && decision.action() == DecisionAction.SIGNED_OFF) {
            LocalDate until = expiry(decision.at(), refresh);
            if (today.isBefore(until)) {
                signedOffUntil = until;
            } else {
                signOffLapsed = true;
            }
        }
        boolean declineBlocks = decision != null && decision.action() == DecisionAction.DECLINED
                && items.stream().noneMatch(i -> i.kind().qualifying() && i.at().isAfter(decision.at()));

        CompetencyStatus status;
        LocalDate validUntil = null;
        List<String> needed = new ArrayList<>();
        if (signedOffUntil != null) {
            validUntil = signedOffUntil;
            status = expiring(validUntil, today, policy) ? CompetencyStatus.EXPIRING : CompetencyStatus.SIGNED_OFF;
            if (status == CompetencyStatus.EXPIRING) {
                needed.add("Renew before " + UK.format(validUntil) + ": new evidence, then a new sign-off.");
            }
        } else if (now.met() && !declineBlocks) {
            validUntil = now.until();
            status = expiring(validUntil, today, policy) ? CompetencyStatus.EXPIRING : CompetencyStatus.EVIDENCED;
            if (status == CompetencyStatus.EXPIRING) {
                needed.add("Renew before " + UK.format(validUntil) + ": the evidence then expires.");
            }
            needed.add("Criteria met: ready for sign-off by a manager.");
        } else {
            if (declineBlocks && now.met()) {
                status = CompetencyStatus.IN_PROGRESS;
            } else if (signOffLapsed || everMet(in, items, today, policy)) {
                status = CompetencyStatus.EXPIRED;
            } else if (!items.isEmpty() || decision != null) {
                status = CompetencyStatus.IN_PROGRESS;
            } else {
                status = CompetencyStatus.NOT_STARTED;
            }
            if (declineBlocks && now.met()) {
                needed.add("Sign-off was declined by " + decision.byName() + " on " + UK.format(decision.at())
                        + ": " + decision.comment() + " New evidence is needed before it can be signed off.");
            }
            needed.addAll(now.missing());
        }
        int count = (int) items.stream().filter(i -> i.kind().qualifying()
                && today.isBefore(lapse(i, refresh))).count();
        LocalDate last = items.stream().filter(i -> i.kind().qualifying()).map(i -> i.at().toLocalDate())
                .max(Comparator.naturalOrder()).orElse(null);
        return new Assessment(status, validUntil, now.met() && !declineBlocks, decision, signedOffUntil != null,
                now.coursesDone(),
                in.requiredCourses().size(), now.mastery(), count, last, needed,
                reviewOn(items, decision, refresh, today, policy));
    }

    /** Whether the criteria are met at {@code day} from the evidence dated up to then, and what is missing. */
    record Criteria(boolean met, LocalDate until, int coursesDone, Mastery mastery, List<String> missing) {
    }

    static Criteria criteria(UnitInput in, List<EvidenceItem> items, LocalDate day, CompetencyPolicy policy) {
        int refresh = in.refreshMonths();
        Map<String, LocalDate> completedUntil = new HashMap<>();
        Map<String, LocalDate> lapsedOn = new HashMap<>();
        Map<String, String> lapseWhy = new HashMap<>();
        LocalDate practiceUntil = null;
        for (EvidenceItem i : items) {
            LocalDate until = lapse(i, refresh);
            boolean fresh = day.isBefore(until);
            if (i.kind() == EvidenceKind.COURSE_COMPLETED && in.requiredCourses().containsKey(i.courseCode())) {
                if (fresh) {
                    completedUntil.merge(i.courseCode(), until, (a, b) -> a.isAfter(b) ? a : b);
                } else if (!lapsedOn.containsKey(i.courseCode()) || until.isAfter(lapsedOn.get(i.courseCode()))) {
                    lapsedOn.put(i.courseCode(), until);
                    lapseWhy.put(i.courseCode(), revoked(i) ? "its certificate was revoked"
                            : i.endsOn() != null && until.equals(i.endsOn())
                                    ? "its certificate expired on " + UK.format(until.minusDays(1))
                                    : "the last completion expired on " + UK.format(until));
                }
            } else if (i.kind() == EvidenceKind.PRACTICE && fresh) {
                practiceUntil = practiceUntil == null || until.isAfter(practiceUntil) ? until : practiceUntil;
            }
        }
        Mastery mastery = Mastery.of(items, day, refresh, policy);
        boolean required = !in.requiredCourses().isEmpty();
        boolean courseRoute = required && completedUntil.size() == in.requiredCourses().size();
        boolean otherRoute = !required && (mastery.met() || practiceUntil != null);
        boolean met = !mastery.gap() && (courseRoute || otherRoute);
        LocalDate until = null;
        if (courseRoute) {
            until = completedUntil.values().stream().min(Comparator.naturalOrder()).orElse(null);
        } else if (otherRoute) {
            until = later(mastery.met() ? mastery.until() : null, practiceUntil);
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> c : in.requiredCourses().entrySet()) {
            if (!completedUntil.containsKey(c.getKey())) {
                LocalDate lapsed = lapsedOn.get(c.getKey());
                missing.add(lapsed == null ? "Complete the course " + c.getValue() + "."
                        : "Complete the course " + c.getValue() + " again: " + lapseWhy.get(c.getKey()) + ".");
            }
        }
        int pct = (int) Math.round(policy.masteryShare() * 100);
        if (mastery.gap()) {
            missing.add("Reach " + pct + "% on this unit's quiz questions: now " + mastery.percent() + "% over "
                    + mastery.questions() + " questions (latest attempt of each course).");
        }
        if (!required && !otherRoute && !mastery.gap()) {
            missing.add("No course assigned to you covers this unit: answer at least " + policy.masteryMinQuestions()
                    + " of its quiz questions with " + pct + "% of the marks"
                    + (mastery.questions() > 0 ? " (so far " + mastery.questions() + ")" : "")
                    + ", or have a practice record verified.");
        }
        return new Criteria(met, until, completedUntil.size(), mastery, missing);
    }

    /** Were the criteria ever met on a past day (so that missing them now means "expired")? */
    static boolean everMet(UnitInput in, List<EvidenceItem> items, LocalDate today, CompetencyPolicy policy) {
        Set<LocalDate> days = new TreeSet<>();
        for (EvidenceItem i : items) {
            if (i.kind().qualifying() && i.at().toLocalDate().isBefore(today)) {
                days.add(i.at().toLocalDate());
            }
        }
        for (LocalDate d : days) {
            List<EvidenceItem> upTo = items.stream().filter(i -> !i.at().toLocalDate().isAfter(d)).toList();
            if (criteria(in, upTo, d, policy).met()) {
                return true;
            }
        }
        return false;
    }

    /** The latest sign-off or decline that no later REOPENED undid; null when none. */
    public static DecisionItem effectiveDecision(List<DecisionItem> decisions) {
        Set<Long> reopened = new HashSet<>();
        decisions.stream().filter(d -> d.action() == DecisionAction.REOPENED && d.reopensId() != null)
                .forEach(d -> reopened.add(d.reopensId()));
        return decisions.stream().filter(d -> d.action() != DecisionAction.REOPENED && !reopened.contains(d.id()))
                .max(Comparator.comparing(DecisionItem::at).thenComparing(DecisionItem::id)).orElse(null);
    }

    static boolean expiring(LocalDate until, LocalDate today, CompetencyPolicy policy) {
        return until != null && !today.isBefore(until.minusDays(policy.expiringWindowDays()));
    }

    private static LocalDate reviewOn(List<EvidenceItem> items, DecisionItem decision, int refresh, LocalDate today,
            CompetencyPolicy policy) {
        List<LocalDate> dates = new ArrayList<>();
        for (EvidenceItem i : items) {
            if (i.kind().qualifying()) {
                LocalDate until = lapse(i, refresh);
                dates.add(until);
                dates.add(until.minusDays(policy.expiringWindowDays()));
            }
        }
        if (decision != null && decision.action() == DecisionAction.SIGNED_OFF) {
            LocalDate until = expiry(decision.at(), refresh);
            dates.add(until);
            dates.add(until.minusDays(policy.expiringWindowDays()));
        }
        return dates.stream().filter(Objects::nonNull).filter(d -> d.isAfter(today)).min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
