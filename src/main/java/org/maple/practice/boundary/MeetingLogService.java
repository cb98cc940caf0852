package org.maple.practice.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.practice.boundary.PracticeRecords.MeetingEntry;
import org.maple.practice.boundary.PracticeRecords.MeetingForm;
import org.maple.practice.boundary.PracticeRecords.MeetingProgress;
import org.maple.practice.control.ClientReferenceCheck;
import org.maple.practice.control.DirectoryRepository;
import org.maple.practice.control.Forms;
import org.maple.practice.control.MeetingLogRepository;
import org.maple.practice.control.MeetingTargets;
import org.maple.practice.control.PracticeSettings;
import org.maple.practice.entity.AttendanceMode;
import org.maple.practice.entity.DirectoryEntry;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.MeetingLog;

/**
 * A member of staff's own open-meeting log and their progress towards the induction's meeting
 * target. Role: any staff role; everyone sees and changes only their own entries (404 otherwise).
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class MeetingLogService {

    static final int TEXT_MAX = 4000;

    @Inject
    CallerService caller;

    @Inject
    MeetingLogRepository logs;

    @Inject
    DirectoryRepository directory;

    @Inject
    PracticeSettings settings;

    @Inject
    MeetingTargets targets;

    @Inject
    Clock clock;

    /** Use case: my meetings, newest first. */
    public List<MeetingEntry> mine() {
        return logs.of(caller.current()).stream().map(Views::meeting).toList();
    }

    /** Use case: my progress towards the induction's meeting target. */
    public MeetingProgress myProgress() {
        Person me = caller.current();
        return Views.progress(targets.progress(me, logs.of(me)));
    }


    /** Use case: log a meeting I attended, with my reflection; it waits for my manager's review. */
    public MeetingEntry log(MeetingForm form) {
        Person me = caller.current();
        LocalDateTime now = LocalDateTime.now(clock);
        MeetingLog log = new MeetingLog(me, now);
        apply(log, me, form, now);
        logs.persist(log);
        return Views.meeting(log);
    }

    /** Use case: change one of my entries (not once verified); it goes back for review. */
    public MeetingEntry edit(long id, MeetingForm form) {
        Person me = caller.current();
        MeetingLog log = own(me, id);
        AuthorChecks.notVerified(log.getReview(), "This meeting has been verified: ask your manager to withdraw the verification first.");
        apply(log, me, form, LocalDateTime.now(clock));
        return Views.meeting(log);
    }

    /** Use case: delete one of my entries (not once verified). */
    public void delete(long id) {
        Person me = caller.current();
        MeetingLog log = own(me, id);
        AuthorChecks.notVerified(log.getReview(), "This meeting has been verified and counts as evidence: it cannot be deleted.");
        logs.remove(log);
    }

    /** Use case: one of my entries. */
    public MeetingEntry one(long id) {
        return Views.meeting(own(caller.current(), id));
    }

    private MeetingLog own(Person me, long id) {
        return AuthorChecks.own(logs.find(id), MeetingLog::getPerson, me, "meeting log entry " + id);
    }

    private void apply(MeetingLog log, Person me, MeetingForm f, LocalDateTime now) {
        if (f == null) {
            throw new InvalidInputException("Send the meeting's details.");
        }
        Fellowship fellowship = Forms.choice(Fellowship.class, f.fellowship(), "Fellowship");
        String other = Forms.optional(f.otherFellowship(), "Other fellowship", 200);
        if (fellowship == Fellowship.OTHER && other == null) {
            throw new InvalidInputException("Say which fellowship or group it was when you choose 'other'.");
        }
        LocalDate date = Forms.date(f.attendedOn(), "Date attended");
        LocalDate today = now.toLocalDate();
        if (date.isAfter(today)) {
            throw new InvalidInputException("Date attended " + date + " is in the future: log a meeting after you attend it.");
        }
        LocalDate earliest = me.getStartDate().minusDays(settings.slackDays());
        if (date.isBefore(earliest)) {
            throw new InvalidInputException("Date attended " + date + " is before " + earliest + " (your start date less "
                    + settings.slackDays() + " days): log meetings from your induction only.");
        }
        AttendanceMode mode = Forms.choice(AttendanceMode.class, f.mode(), "In person or online");
        DirectoryEntry entry = null;
        if (f.directoryEntryId() != null) {
            entry = directory.find(f.directoryEntryId()).filter(DirectoryEntry::isActive)
                    .orElseThrow(() -> new InvalidInputException("There is no directory entry " + f.directoryEntryId() + "."));
        }
        String happened = reflection(f.whatHappened(), "What happened");
        String surprised = reflection(f.whatSurprised(), "What surprised you");
        String hard = reflection(f.clientDifficulty(), "What a client might find hard");
        String describe = reflection(f.howDescribe(), "How you will describe it to clients");
        log.record(fellowship, other, date, mode, entry, happened, surprised, hard, describe, now);
    }

    static String reflection(String text, String field) {
        String t = Forms.required(text, field, TEXT_MAX);
        ClientReferenceCheck.contactDetailsIn(t, field).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        return t;
    }
}
