package org.maple.practice.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests agenda items for a supervision session from the person's record, each tied to the PHE
 * prompt it belongs with: failed quiz attempts (SP-02), courses overdue (SP-02), no open meetings
 * logged yet or the meeting target at risk (SP-03), no FAMA practice logged (SP-05), and DANOS
 * units expired or expiring (SP-07; supplied by the competency feature). Pure.
 */
public final class SupervisionAgenda {

    /** What the record says about the person. Lists hold short descriptions (course titles, unit codes). */
    public record Facts(List<String> failedQuizzes, List<String> overdueCourses, int meetingsLogged,
            MeetingTargetRule.Progress meetingTarget, int famaLogged, List<String> unitsExpiring,
            List<String> unitsExpired) {
    }

    public record Item(String promptCode, String text) {
    }

    private SupervisionAgenda() {
    }

    public static List<Item> suggest(Facts f) {
        List<Item> items = new ArrayList<>();
        for (String quiz : f.failedQuizzes()) {
            items.add(new Item("SP-02", "Quiz not yet passed: " + quiz + ". Go over the questions missed."));
        }
        for (String course : f.overdueCourses()) {
            items.add(new Item("SP-02", "Course overdue: " + course + ". Agree time to finish it."));
        }
        if (f.meetingsLogged() == 0) {
            items.add(new Item("SP-03", "No open meetings logged yet. Plan a first visit (see the local directory)."));
        } else if (f.meetingTarget() != null && f.meetingTarget().status() == MeetingTargetRule.Status.ON_TRACK) {
            items.add(new Item("SP-03", "Meeting target: " + f.meetingTarget().summary()));
        } else if (f.meetingTarget() != null && f.meetingTarget().status() == MeetingTargetRule.Status.MISSED) {
            items.add(new Item("SP-03", "The induction's meeting target was not met: " + f.meetingTarget().summary()));
        }
        if (f.famaLogged() == 0) {
            items.add(new Item("SP-05", "No FAMA practice logged yet. Discuss a client who might be offered mutual aid."));
        }
        for (String unit : f.unitsExpired()) {
            items.add(new Item("SP-07", "DANOS unit expired: " + unit + ". Plan new evidence and a fresh sign-off."));
        }
        for (String unit : f.unitsExpiring()) {
            items.add(new Item("SP-07", "DANOS unit evidence expiring: " + unit + "."));
        }
        return items;
    }
}
