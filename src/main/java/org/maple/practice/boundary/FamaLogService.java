package org.maple.practice.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.practice.boundary.PracticeRecords.FamaEntry;
import org.maple.practice.boundary.PracticeRecords.FamaForm;
import org.maple.practice.control.ClientReferenceCheck;
import org.maple.practice.control.FamaLogRepository;
import org.maple.practice.control.Forms;
import org.maple.practice.entity.FamaLog;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.Outcome;

/**
 * A keyworker's own FAMA practice log: de-identified records of facilitating a client's access to
 * mutual aid. Role: any staff role; everyone sees and changes only their own records.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class FamaLogService {

    @Inject
    CallerService caller;

    @Inject
    FamaLogRepository logs;

    @Inject
    Clock clock;

    /** Use case: my FAMA records, newest first. */
    public List<FamaEntry> mine() {
        return logs.of(caller.current()).stream().map(Views::fama).toList();
    }

    /** Use case: record facilitating one client's access to mutual aid. */
    public FamaEntry record(FamaForm form) {
        Person me = caller.current();
        LocalDateTime now = LocalDateTime.now(clock);
        FamaLog log = new FamaLog(me, now);
        log.record(content(form, now.toLocalDate()), now);
        logs.persist(log);
        return Views.fama(log);
    }

    /** Use case: change one of my records (not once verified, e.g. to add the follow-up); it goes back for review. */
    public FamaEntry edit(long id, FamaForm form) {
        FamaLog log = own(caller.current(), id);
        AuthorChecks.notVerified(log.getReview(), "This record has been verified: ask your manager to withdraw the verification first.");
        LocalDateTime now = LocalDateTime.now(clock);
        log.record(content(form, now.toLocalDate()), now);
        return Views.fama(log);
    }

    /** Use case: delete one of my records (not once verified). */
    public void delete(long id) {
        FamaLog log = own(caller.current(), id);
        AuthorChecks.notVerified(log.getReview(), "This record has been verified and counts as evidence: it cannot be deleted.");
        logs.remove(log);
    }

    private FamaLog own(Person me, long id) {
        return AuthorChecks.own(logs.find(id), FamaLog::getPerson, me, "FAMA record " + id);
    }

    static FamaLog.Content content(FamaForm f, LocalDate today) {
        if (f == null) {
            throw new InvalidInputException("Send the record's details.");
        }
        String ref = f.clientRef() == null ? "" : f.clientRef().strip();
        ClientReferenceCheck.problem(ref).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        LocalDate on = Forms.date(f.practiceOn(), "Date");
        if (on.isAfter(today)) {
            throw new InvalidInputException("Date " + on + " is in the future.");
        }
        if (on.isBefore(today.minusYears(2))) {
            throw new InvalidInputException("Date " + on + " is more than two years ago.");
        }
        String assess = text(f.assessNotes(), "Assess and introduce");
        String link = text(f.linkNotes(), "Facilitate and link");
        String follow = text(f.followUpNotes(), "Follow up and review");
        if (assess == null && link == null && follow == null) {
            throw new InvalidInputException("Describe what you did at one stage at least (assess and introduce; "
                    + "facilitate and link; follow up and review).");
        }
        Set<Fellowship> groups = EnumSet.noneOf(Fellowship.class);
        for (String g : f.groupsOffered() == null ? List.<String>of() : f.groupsOffered()) {
            groups.add(Forms.choice(Fellowship.class, g, "Group offered"));
        }
        String other = Forms.optional(f.groupsOther(), "Other groups offered", 400);
        if (groups.contains(Fellowship.OTHER) && other == null) {
            throw new InvalidInputException("Name the other group offered.");
        }
        Outcome first = f.attendedFirst() == null || f.attendedFirst().isBlank() ? Outcome.NOT_YET_KNOWN
                : Forms.choice(Outcome.class, f.attendedFirst(), "Attended a first meeting");
        Outcome still = f.stillAttending() == null || f.stillAttending().isBlank() ? Outcome.NOT_YET_KNOWN
                : Forms.choice(Outcome.class, f.stillAttending(), "Still attending at follow-up");
        if (first != Outcome.YES && still == Outcome.YES) {
            throw new InvalidInputException("'Still attending at follow-up' is yes only when the client attended a first meeting.");
        }
        String reflection = MeetingLogService.reflection(f.reflection(), "Reflection");
        return new FamaLog.Content(ref, on, assess, link, follow, groups, other, first, still, reflection);
    }

    private static String text(String value, String field) {
        String t = Forms.optional(value, field, MeetingLogService.TEXT_MAX);
        if (t != null) {
            ClientReferenceCheck.contactDetailsIn(t, field).ifPresent(p -> {
                throw new InvalidInputException(p);
            });
        }
        return t;
    }
}
