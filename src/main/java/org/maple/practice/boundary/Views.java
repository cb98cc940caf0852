package org.maple.practice.boundary;

import java.util.List;

import org.maple.practice.boundary.PracticeRecords.ActionView;
import org.maple.practice.boundary.PracticeRecords.FamaEntry;
import org.maple.practice.boundary.PracticeRecords.GroupView;
import org.maple.practice.boundary.PracticeRecords.ItemView;
import org.maple.practice.boundary.PracticeRecords.MeetingEntry;
import org.maple.practice.boundary.PracticeRecords.MeetingProgress;
import org.maple.practice.control.MeetingTargetRule;
import org.maple.practice.entity.DirectoryEntry;
import org.maple.practice.entity.FamaLog;
import org.maple.practice.entity.FamaStage;
import org.maple.practice.entity.MeetingLog;
import org.maple.practice.entity.ReviewState;
import org.maple.practice.entity.SupervisionSession;

/** Entities to the records the services give out. */
final class Views {

    private Views() {
    }

    static MeetingEntry meeting(MeetingLog m) {
        DirectoryEntry d = m.getDirectoryEntry();
        return new MeetingEntry(m.getId(), m.getPerson().getId(), m.getPerson().getDisplayName(),
                m.getFellowship().name(), m.fellowshipName(), m.getAttendedOn(), m.getMode().name(), m.getMode().label(),
                d == null ? null : d.getId(), d == null ? null : d.getName(), m.getWhatHappened(), m.getWhatSurprised(),
                m.getClientDifficulty(), m.getHowDescribe(), m.getReview().getState().name(),
                m.getReview().getState().label(), m.getReview().getComment(), m.getReview().getReviewerName(),
                m.getReview().getReviewedAt(), m.getReview().getState() != ReviewState.VERIFIED);
    }

    static FamaEntry fama(FamaLog f) {
        return new FamaEntry(f.getId(), f.getPerson().getId(), f.getPerson().getDisplayName(), f.getClientRef(),
                f.getPracticeOn(), f.stagesDone().stream().map(FamaStage::label).toList(), f.getAssessNotes(),
                f.getLinkNotes(), f.getFollowUpNotes(), f.groupsOffered().stream().map(Enum::name).toList(),
                f.groupsOffered().stream().map(g -> g.label()).toList(), f.getGroupsOther(),
                f.getAttendedFirst().name(), f.getAttendedFirst().label(), f.getStillAttending().name(),
                f.getStillAttending().label(), f.getReflection(),
                f.getReview().getState().name(), f.getReview().getState().label(), f.getReview().getComment(),
                f.getReview().getReviewerName(), f.getReview().getState() != ReviewState.VERIFIED);
    }

    static MeetingProgress progress(MeetingTargetRule.Progress p) {
        return new MeetingProgress(p.target().describe(), p.target().meetings(), p.target().kinds(), p.windowStart(),
                p.windowEnd(), p.counted(), p.kinds(), p.verified(), p.status().name(), p.status().label(), p.summary(),
                p.percent());
    }

    static GroupView group(DirectoryEntry d, java.time.LocalDate today, int staleDays) {
        String day = d.getDayOfWeek().name();
        return new GroupView(d.getId(), d.getFellowship().name(), d.fellowshipName(), d.getName(), day,
                day.charAt(0) + day.substring(1).toLowerCase(), d.getStartTime().toString(),
                d.getEndTime() == null ? null : d.getEndTime().toString(), d.getVenue(), d.getOnlineUrl(),
                d.getAccess().name(), d.getAccess().label(), d.getAccessibilityNotes(), d.getContactRoute(), d.getNotes(),
                d.getLastVerifiedOn(), d.getLastVerifiedBy(), d.isStale(today, staleDays), d.isOnline(), d.isInPerson());
    }

    static PracticeRecords.SupervisionRecord supervision(SupervisionSession s, org.maple.identity.entity.Person me) {
        boolean open = s.getState() == SupervisionSession.State.OPEN;
        List<ItemView> items = s.getItems().stream()
                .map(i -> new ItemView(i.getPromptCode(), i.getPromptText(), i.isDiscussed(), i.getNote())).toList();
        List<ActionView> actions = s.getActions().stream().map(a -> new ActionView(a.getText(), a.getDueOn())).toList();
        return new PracticeRecords.SupervisionRecord(s.getId(), s.getSupervisee().getId(),
                s.getSupervisee().getDisplayName(), s.getSupervisor().getId(), s.getSupervisor().getDisplayName(),
                s.getHeldOn(), s.getNotes(), s.getState().name(), s.getState().label(), items, actions,
                s.getAcknowledgedAt(), s.getStaffComment(), s.getReopenedAt(), s.getReopenReason(),
                open && s.isSupervisor(me), open && s.isSupervisee(me), !open && s.isSupervisor(me));
    }
}
