package org.maple.practice.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.maple.competency.boundary.PracticeEvidenceChanged;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.practice.boundary.PracticeRecords.FamaEntry;
import org.maple.practice.boundary.PracticeRecords.FamaTotals;
import org.maple.practice.boundary.PracticeRecords.MeetingEntry;
import org.maple.practice.boundary.PracticeRecords.MemberPractice;
import org.maple.practice.boundary.PracticeRecords.ReviewDecision;
import org.maple.practice.boundary.PracticeRecords.TeamPractice;
import org.maple.practice.control.EvidenceCodes;
import org.maple.practice.control.FamaLogRepository;
import org.maple.practice.control.Forms;
import org.maple.practice.control.MeetingLogRepository;
import org.maple.practice.control.MeetingTargets;
import org.maple.practice.entity.FamaLog;
import org.maple.practice.entity.MeetingLog;
import org.maple.practice.entity.Outcome;
import org.maple.practice.entity.Review;
import org.maple.practice.entity.ReviewState;

/**
 * A manager reviewing their team's practice: each member's meetings and FAMA records with the
 * meeting target, the team's FAMA aggregates, and verifying entries (which makes them DANOS
 * evidence: {@link PracticeEvidenceChanged}), asking for more, or withdrawing a verification.
 * A manager sees only the teams they manage (404 for others); an admin sees all. Role: manager, admin.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class PracticeReviewService {

    @Inject
    CallerService caller;

    @Inject
    PeopleDirectory people;

    @Inject
    PracticeAccess access;

    @Inject
    MeetingLogRepository meetings;

    @Inject
    FamaLogRepository fama;

    @Inject
    MeetingTargets targets;

    @Inject
    Event<PracticeEvidenceChanged> evidence;

    @Inject
    Clock clock;

    /** Use case: my team's practice records and aggregates; 404 for a team I do not manage. */
    public TeamPractice team(long teamId) {
        Person me = caller.current();
        Team team = people.visibleTeam(me, teamId)
                .orElseThrow(() -> new ItemNotFoundException("There is no team " + teamId + " that you manage."));
        List<Person> members = people.members(team);
        Map<Long, List<MeetingLog>> meetingsBy = meetings.of(members).stream()
                .collect(Collectors.groupingBy(m -> m.getPerson().getId()));
        List<FamaLog> famaLogs = fama.of(members);
        Map<Long, List<FamaLog>> famaBy = famaLogs.stream().collect(Collectors.groupingBy(f -> f.getPerson().getId()));
        List<MemberPractice> out = new ArrayList<>();
        int waiting = 0;
        for (Person p : members) {
            List<MeetingLog> theirs = meetingsBy.getOrDefault(p.getId(), List.of());
            List<FamaLog> theirFama = famaBy.getOrDefault(p.getId(), List.of());
            waiting += (int) theirs.stream().filter(m -> m.getReview().getState() == ReviewState.SUBMITTED).count();
            waiting += (int) theirFama.stream().filter(f -> f.getReview().getState() == ReviewState.SUBMITTED).count();
            out.add(new MemberPractice(p.getId(), p.getDisplayName(), p.getStartDate(),
                    Views.progress(targets.progress(p, theirs)), theirs.stream().map(Views::meeting).toList(),
                    theirFama.stream().map(Views::fama).toList()));
        }
        FamaTotals totals = new FamaTotals(famaLogs.size(), (int) famaLogs.stream().filter(FamaLog::offered).count(),
                (int) famaLogs.stream().filter(f -> f.getAttendedFirst() == Outcome.YES).count(),
                (int) famaLogs.stream().filter(f -> f.getStillAttending() == Outcome.YES).count());
        return new TeamPractice(team.getId(), team.getName(), out, totals, waiting);
    }

    /** Use case: verify a team member's meeting, ask for more, or withdraw a verification. */
    public MeetingEntry reviewMeeting(long id, ReviewDecision decision) {
        Person me = caller.current();
        MeetingLog log = meetings.findLocked(id).filter(m -> access.mayReview(me, m.getPerson()))
                .orElseThrow(() -> new ItemNotFoundException("There is no meeting log entry " + id + " in your team."));
        access.notOwn(me, log.getPerson());
        Change change = decide(log.getReview(), me, decision);
        if (change != Change.NONE) {
            evidence.fire(new PracticeEvidenceChanged(log.getPerson().getId(), EvidenceCodes.MEETING, log.getId(),
                    EvidenceCodes.meeting(log.getFellowship()), log.getAttendedOn(), change == Change.COUNTS,
                    me.getId(), LocalDateTime.now(clock)));
        }
        return Views.meeting(log);
    }

    /** Use case: verify a team member's FAMA record, ask for more, or withdraw a verification. */
    public FamaEntry reviewFama(long id, ReviewDecision decision) {
        Person me = caller.current();
        FamaLog log = fama.findLocked(id).filter(f -> access.mayReview(me, f.getPerson()))
                .orElseThrow(() -> new ItemNotFoundException("There is no FAMA record " + id + " in your team."));
        access.notOwn(me, log.getPerson());
        Change change = decide(log.getReview(), me, decision);
        if (change != Change.NONE) {
            evidence.fire(new PracticeEvidenceChanged(log.getPerson().getId(), EvidenceCodes.FAMA, log.getId(),
                    EvidenceCodes.fama(log.stagesDone()), log.getPracticeOn(), change == Change.COUNTS,
                    me.getId(), LocalDateTime.now(clock)));
        }
        return Views.fama(log);
    }

    private enum Change { NONE, COUNTS, STOPS }

    /** Applies the decision; says whether the record started or stopped counting as evidence. */
    private Change decide(Review review, Person me, ReviewDecision d) {
        if (d == null || d.decision() == null) {
            throw new InvalidInputException("Say what you decide: verify, more or withdraw.");
        }
        String comment = Forms.optional(d.comment(), "Comment", 2000);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean wasVerified = review.isVerified();
        switch (d.decision().strip().toLowerCase(Locale.ROOT)) {
            case "verify" -> {
                if (wasVerified) {
                    return Change.NONE; // idempotent: a double click verifies once
                }
                review.verify(me.getId(), me.getDisplayName(), comment, now);
                return Change.COUNTS;
            }
            case "more" -> {
                if (comment == null) {
                    throw new InvalidInputException("Say what more you need in the comment.");
                }
                if (wasVerified) {
                    throw new ConflictException("This entry is verified: withdraw the verification first.");
                }
                review.askForMore(me.getId(), me.getDisplayName(), comment, now);
                return Change.NONE;
            }
            case "withdraw" -> {
                if (!wasVerified) {
                    throw new ConflictException("This entry is not verified, so there is nothing to withdraw.");
                }
                if (comment == null) {
                    throw new InvalidInputException("Say why you withdraw the verification in the comment.");
                }
                review.withdraw(me.getId(), me.getDisplayName(), comment, now);
                return Change.STOPS;
            }
            default -> throw new InvalidInputException("Decision '" + d.decision().strip()
                    + "' is not one of verify, more, withdraw.");
        }
    }
}
