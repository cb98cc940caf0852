package org.maple.practice.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.MeetingTarget;

/**
 * Progress towards the induction's meeting target. A meeting counts when its date lies in the
 * window from the start date minus the allowed slack (a meeting before starting, e.g. while
 * shadowing) to the start date plus the target's months, and it has not been sent back ("more
 * asked for" entries still count: the person attended). Kinds are distinct fellowships; entries of
 * "other" are told apart by the name given. The target is met once the counted meetings and kinds
 * reach it; {@code verified} says how many of the counted ones the manager has verified.
 */
public final class MeetingTargetRule {

    /** One logged meeting, as the rule needs it. */
    public record Meeting(LocalDate date, Fellowship fellowship, String otherName, boolean verified) {
    }

    public enum Status {
        MET("Target met"), ON_TRACK("In progress"), MISSED("Target window passed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Progress(MeetingTarget target, LocalDate windowStart, LocalDate windowEnd, int counted, int kinds,
            int verified, Status status) {

        public int meetingsToGo() {
            return Math.max(0, target.meetings() - counted);
        }

        public int kindsToGo() {
            return Math.max(0, target.kinds() - kinds);
        }

        public int percent() {
            int need = target.meetings() + target.kinds();
            int have = Math.min(counted, target.meetings()) + Math.min(kinds, target.kinds());
            return Math.round(100f * have / need);
        }

        /** One sentence for the page. */
        public String summary() {
            String done = counted + (counted == 1 ? " meeting" : " meetings") + " of " + kinds
                    + (kinds == 1 ? " kind" : " kinds") + " logged";
            return switch (status) {
                case MET -> done + ": target met.";
                case MISSED -> done + "; the target window ended on " + windowEnd + ".";
                case ON_TRACK -> done + "; still to go: " + meetingsToGo() + (meetingsToGo() == 1 ? " meeting" : " meetings")
                        + (kindsToGo() > 0 ? " and " + kindsToGo() + (kindsToGo() == 1 ? " more kind" : " more kinds") : "")
                        + " by " + windowEnd + ".";
            };
        }
    }

    private MeetingTargetRule() {
    }

    public static Progress progress(MeetingTarget target, int slackDays, LocalDate startDate, List<Meeting> meetings,
            LocalDate today) {
        LocalDate from = startDate.minusDays(slackDays);
        LocalDate to = startDate.plusMonths(target.months());
        int counted = 0;
        int verified = 0;
        Set<String> kinds = new HashSet<>();
        for (Meeting m : meetings) {
            if (m.date() == null || m.date().isBefore(from) || m.date().isAfter(to)) {
                continue;
            }
            counted++;
            if (m.verified()) {
                verified++;
            }
            kinds.add(m.fellowship() == Fellowship.OTHER
                    ? "other:" + (m.otherName() == null ? "" : m.otherName().strip().toLowerCase(Locale.ROOT))
                    : m.fellowship().name());
        }
        Status status = counted >= target.meetings() && kinds.size() >= target.kinds() ? Status.MET
                : today.isAfter(to) ? Status.MISSED : Status.ON_TRACK;
        return new Progress(target, from, to, counted, kinds.size(), verified, status);
    }
}
