package org.maple.practice.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The records the practice services take from pages and the REST API (plain strings, checked by
 * the services so every mistake gets a clear message) and give back.
 */
public final class PracticeRecords {

    private PracticeRecords() {
    }

    /** An open meeting attended, as typed. Dates as 2026-03-01; fellowship and mode as their codes. */
    public record MeetingForm(String fellowship, String otherFellowship, String attendedOn, String mode,
            Long directoryEntryId, String whatHappened, String whatSurprised, String clientDifficulty,
            String howDescribe) implements java.io.Serializable {
    }

    public record MeetingEntry(long id, long personId, String personName, String fellowship, String fellowshipName,
            LocalDate attendedOn, String mode, String modeLabel, Long directoryEntryId, String directoryEntryName,
            String whatHappened, String whatSurprised, String clientDifficulty, String howDescribe, String state,
            String stateLabel, String reviewComment, String reviewerName, LocalDateTime reviewedAt, boolean editable) implements java.io.Serializable {
    }

    /** Progress towards the induction's meeting target. */
    public record MeetingProgress(String target, int required, int requiredKinds, LocalDate windowStart,
            LocalDate windowEnd, int counted, int kinds, int verified, String status, String statusLabel,
            String summary, int percent) implements java.io.Serializable {
    }

    /** A manager's decision on a log entry: {@code verify}, {@code more} (ask for more) or {@code withdraw}. */
    public record ReviewDecision(String decision, String comment) implements java.io.Serializable {
    }

    /** A FAMA record as typed. A stage is done when what was done at it is described. */
    public record FamaForm(String clientRef, String practiceOn, String assessNotes, String linkNotes,
            String followUpNotes, List<String> groupsOffered, String groupsOther, String attendedFirst,
            String stillAttending, String reflection) implements java.io.Serializable {
    }

    /** A FAMA record; codes (as a {@link FamaForm} takes them) with their labels for display. */
    public record FamaEntry(long id, long personId, String personName, String clientRef, LocalDate practiceOn,
            List<String> stagesDone, String assessNotes, String linkNotes, String followUpNotes,
            List<String> groupsOffered, List<String> groupsOfferedNames, String groupsOther, String attendedFirst,
            String attendedFirstLabel, String stillAttending, String stillAttendingLabel, String reflection,
            String state, String stateLabel, String reviewComment, String reviewerName, boolean editable) implements java.io.Serializable {

        /** The stages done, as one phrase for pages. */
        public String stagesText() {
            return stagesDone.isEmpty() ? "none yet" : String.join(", ", stagesDone);
        }

        /** The groups offered, as one phrase for pages. */
        public String groupsText() {
            List<String> all = new java.util.ArrayList<>(groupsOfferedNames);
            if (groupsOther != null) {
                all.add(groupsOther);
            }
            return all.isEmpty() ? "none" : String.join(", ", all);
        }
    }

    /** A team's FAMA aggregates: records, clients offered mutual aid, first meetings attended, still attending. */
    public record FamaTotals(int records, int clientsOffered, int attendedFirstMeeting, int stillAttending) implements java.io.Serializable {
    }

    public record MemberPractice(long personId, String name, LocalDate startDate, MeetingProgress meetingTarget,
            List<MeetingEntry> meetings, List<FamaEntry> fama) implements java.io.Serializable {
    }

    public record TeamPractice(long teamId, String teamName, List<MemberPractice> members, FamaTotals famaTotals,
            int waitingForReview) implements java.io.Serializable {
    }

    /** A supervision session as the supervisor types it. */
    public record SupervisionForm(Long superviseeId, String heldOn, String notes, List<ItemForm> items,
            List<ActionForm> actions) implements java.io.Serializable {
    }

    public record ItemForm(String promptCode, boolean discussed, String note) implements java.io.Serializable {
    }

    public record ActionForm(String text, String dueOn) implements java.io.Serializable {
    }

    public record ItemView(String promptCode, String promptText, boolean discussed, String note) implements java.io.Serializable {
    }

    public record ActionView(String text, LocalDate dueOn) implements java.io.Serializable {
    }

    public record SupervisionRecord(long id, long superviseeId, String superviseeName, long supervisorId,
            String supervisorName, LocalDate heldOn, String notes, String state, String stateLabel,
            List<ItemView> items, List<ActionView> actions, LocalDateTime acknowledgedAt, String staffComment,
            LocalDateTime reopenedAt, String reopenReason, boolean canEdit, boolean canAcknowledge,
            boolean canReopen) implements java.io.Serializable {
    }

    /** A member of a team the caller manages, whom they may supervise. */
    public record Supervisee(long personId, String name) implements java.io.Serializable {
    }

    /** An agenda item MAPLE suggests, with the prompt it belongs with. */
    public record Suggestion(String promptCode, String text) implements java.io.Serializable {
    }

    public record PromptView(String code, String text, int position, boolean active) implements java.io.Serializable {
    }

    /** A directory listing as typed: day as MONDAY..SUNDAY, times as 19:30, access as OPEN/CLOSED/BOTH. */
    public record ListingForm(String fellowship, String otherFellowship, String name, String day, String startTime,
            String endTime, String venue, String onlineUrl, String access, String accessibilityNotes,
            String contactRoute, String notes) implements java.io.Serializable {
    }

    public record GroupView(long id, String fellowship, String fellowshipName, String name, String day,
            String dayLabel, String startTime, String endTime, String venue, String onlineUrl, String access,
            String accessLabel, String accessibilityNotes, String contactRoute, String notes, LocalDate lastVerifiedOn,
            String lastVerifiedBy, boolean stale, boolean online, boolean inPerson) implements java.io.Serializable {
    }

    /** Search filters; empty strings and nulls mean "any". */
    public record DirectoryFilter(String fellowship, String day, boolean openOnly, Boolean online, String text) implements java.io.Serializable {
        public static DirectoryFilter any() {
            return new DirectoryFilter(null, null, false, null, null);
        }
    }

    public record ImportProblem(int position, String reason) implements java.io.Serializable {
    }

    public record ImportReport(int added, int updated, List<ImportProblem> problems) implements java.io.Serializable {
    }
}
