package org.maple.practice.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.maple.competency.boundary.PracticeEvidenceChanged;
import org.maple.course.boundary.LearningService;
import org.maple.course.entity.CourseStatus;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;
import org.maple.platform.error.AccessDeniedException;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.practice.boundary.PracticeRecords.ActionForm;
import org.maple.practice.boundary.PracticeRecords.ItemForm;
import org.maple.practice.boundary.PracticeRecords.SupervisionForm;
import org.maple.practice.boundary.PracticeRecords.SupervisionRecord;
import org.maple.practice.boundary.PracticeRecords.Suggestion;
import org.maple.practice.boundary.PracticeRecords.Supervisee;
import org.maple.practice.control.EvidenceCodes;
import org.maple.practice.control.FamaLogRepository;
import org.maple.practice.control.Forms;
import org.maple.practice.control.MeetingLogRepository;
import org.maple.practice.control.MeetingTargets;
import org.maple.practice.control.SupervisionAgenda;
import org.maple.practice.control.SupervisionRepository;
import org.maple.practice.entity.AgreedAction;
import org.maple.practice.entity.MeetingLog;
import org.maple.practice.entity.SupervisionItem;
import org.maple.practice.entity.SupervisionPrompt;
import org.maple.practice.entity.SupervisionSession;

/**
 * Supervision sessions. A manager records one with a member of a team they manage, with the
 * organisation's prompts as a checklist, notes and agreed actions; edits it while it is open. The
 * member of staff reads and acknowledges it (then it is evidence: {@link PracticeEvidenceChanged},
 * GEN36); only the supervisor can reopen it. Readable by the supervisee, the supervisor and the
 * supervisee's current team manager; nobody else (404). Role: any staff role, rules per method.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class SupervisionService {

    @Inject
    CallerService caller;

    @Inject
    PeopleDirectory people;

    @Inject
    PracticeAccess access;

    @Inject
    SupervisionRepository sessions;

    @Inject
    MeetingLogRepository meetings;

    @Inject
    FamaLogRepository fama;

    @Inject
    MeetingTargets targets;

    @Inject
    LearningService learning;

    @Inject
    RecordFacts facts;

    @Inject
    Event<PracticeEvidenceChanged> evidence;

    @Inject
    Clock clock;

    /** Use case: my supervision sessions (as the supervisee), newest first. */
    public List<SupervisionRecord> mine() {
        Person me = caller.current();
        return sessions.of(me).stream().map(s -> Views.supervision(s, me)).toList();
    }

    /** Use case: the sessions of a team I manage; 404 for a team I do not manage. Role: manager. */
    @RolesAllowed(Roles.MANAGER)
    public List<SupervisionRecord> team(long teamId) {
        Person me = caller.current();
        Team team = people.visibleTeam(me, teamId).filter(t -> t.isManagedBy(me))
                .orElseThrow(() -> new ItemNotFoundException("There is no team " + teamId + " that you manage."));
        return sessions.of(people.members(team)).stream().map(s -> Views.supervision(s, me)).toList();
    }

    /** Use case: the members of the teams I manage, whom I may supervise (admins too see only their own teams). Role: manager. */
    @RolesAllowed(Roles.MANAGER)
    public List<Supervisee> supervisees() {
        Person me = caller.current();
        List<Supervisee> out = new ArrayList<>();
        for (Team t : people.teamsVisibleTo(me)) {
            if (t.isManagedBy(me)) {
                people.members(t).forEach(p -> out.add(new Supervisee(p.getId(), p.getDisplayName())));
            }
        }
        return out;
    }

    /** Use case: the sessions of one member of a team I manage, newest first; 404 for anyone else. Role: manager. */
    @RolesAllowed(Roles.MANAGER)
    public List<SupervisionRecord> sessionsOf(long personId) {
        Person me = caller.current();
        return sessions.of(memberOfMyTeam(me, personId)).stream().map(s -> Views.supervision(s, me)).toList();
    }

    /** Use case: one session I may read. */
    public SupervisionRecord one(long id) {
        Person me = caller.current();
        return Views.supervision(readable(me, id), me);
    }

    /** Use case: record a session with a member of my team. Role: manager. */
    @RolesAllowed(Roles.MANAGER)
    public SupervisionRecord record(SupervisionForm form) {
        Person me = caller.current();
        if (form == null || form.superviseeId() == null) {
            throw new InvalidInputException("Say who was supervised (superviseeId).");
        }
        Person supervisee = memberOfMyTeam(me, form.superviseeId());
        LocalDateTime now = LocalDateTime.now(clock);
        SupervisionSession s = new SupervisionSession(supervisee, me, now);
        apply(s, form, now);
        sessions.persist(s);
        return Views.supervision(s, me);
    }

    /** Use case: edit a session I recorded while it is open. Role: manager. */
    @RolesAllowed(Roles.MANAGER)
    public SupervisionRecord edit(long id, SupervisionForm form) {
        Person me = caller.current();
        SupervisionSession s = readableLocked(me, id);
        if (!s.isSupervisor(me)) {
            throw new AccessDeniedException("Only the supervisor who recorded this session can change it.");
        }
        if (s.getState() != SupervisionSession.State.OPEN) {
            throw new ConflictException("This session has been acknowledged: reopen it before changing it.");
        }
        if (form != null && form.superviseeId() != null && !form.superviseeId().equals(s.getSupervisee().getId())) {
            throw new InvalidInputException("A session's supervisee cannot change: record a new session.");
        }
        apply(s, form, LocalDateTime.now(clock));
        return Views.supervision(s, me);
    }

    /** Use case: the supervisee acknowledges the record; it then counts as supervision evidence. */
    public SupervisionRecord acknowledge(long id, String comment) {
        Person me = caller.current();
        SupervisionSession s = readableLocked(me, id);
        if (!s.isSupervisee(me)) {
            throw new AccessDeniedException("Only the member of staff who was supervised can acknowledge this session.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (s.acknowledge(Forms.optional(comment, "Comment", 2000), now)) {
            fire(s, true, me, now);
        }
        return Views.supervision(s, me);
    }

    /** Use case: the supervisor reopens an acknowledged session (it stops counting until acknowledged again). */
    @RolesAllowed(Roles.MANAGER)
    public SupervisionRecord reopen(long id, String reason) {
        Person me = caller.current();
        SupervisionSession s = readableLocked(me, id);
        if (!s.isSupervisor(me)) {
            throw new AccessDeniedException("Only the supervisor who recorded this session can reopen it.");
        }
        String why = Forms.required(reason, "Reason for reopening", 2000);
        LocalDateTime now = LocalDateTime.now(clock);
        if (s.reopen(why, now)) {
            fire(s, false, me, now);
        }
        return Views.supervision(s, me);
    }

    /** Use case: agenda items MAPLE suggests for a member of my team, from their record. Role: manager. */
    @RolesAllowed(Roles.MANAGER)
    public List<Suggestion> suggestions(long personId) {
        Person me = caller.current();
        Person p = memberOfMyTeam(me, personId);
        List<String> failed = facts.failedQuizzes(p.getId());
        RecordFacts.LapsingUnits units = facts.lapsingUnits(p.getId());
        List<String> overdue = learning.coursesOf(p).stream().filter(c -> c.status() == CourseStatus.OVERDUE)
                .map(c -> c.title()).toList();
        List<MeetingLog> theirs = meetings.of(p);
        var agenda = SupervisionAgenda.suggest(new SupervisionAgenda.Facts(failed, overdue, theirs.size(),
                targets.progress(p, theirs), (int) fama.count(p), units.expiring(), units.expired()));
        return agenda.stream().map(i -> new Suggestion(i.promptCode(), i.text())).toList();
    }

    private void fire(SupervisionSession s, boolean counts, Person by, LocalDateTime now) {
        evidence.fire(new PracticeEvidenceChanged(s.getSupervisee().getId(), EvidenceCodes.SUPERVISION, s.getId(),
                EvidenceCodes.supervision(), s.getHeldOn(), counts, by.getId(), now));
    }

    /** A session {@code me} may read, read without a lock (for viewing). */
    private SupervisionSession readable(Person me, long id) {
        return visible(me, id, sessions.find(id));
    }

    /** A session {@code me} may read, its row locked until the transaction ends (for changing it). */
    private SupervisionSession readableLocked(Person me, long id) {
        return visible(me, id, sessions.findLocked(id));
    }

    private SupervisionSession visible(Person me, long id, Optional<SupervisionSession> session) {
        return session.filter(s -> s.isSupervisee(me) || s.isSupervisor(me) || access.manages(me, s.getSupervisee()))
                .orElseThrow(() -> new ItemNotFoundException("There is no supervision session " + id + " you can see."));
    }

    /** A member of a team {@code me} manages (being an admin too does not widen it), else 404. */
    private Person memberOfMyTeam(Person me, long personId) {
        return people.byId(personId).filter(p -> access.manages(me, p))
                .orElseThrow(() -> new ItemNotFoundException("There is no member of staff " + personId + " in a team you manage."));
    }

    private void apply(SupervisionSession s, SupervisionForm f, LocalDateTime now) {
        if (f == null) {
            throw new InvalidInputException("Send the session's details.");
        }
        LocalDate held = Forms.date(f.heldOn(), "Date held");
        if (held.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("Date held " + held + " is in the future: record a session after it is held.");
        }
        String notes = Forms.optional(f.notes(), "Notes", 20000);
        Map<String, ItemForm> answered = new HashMap<>();
        for (ItemForm i : f.items() == null ? List.<ItemForm>of() : f.items()) {
            if (i == null || i.promptCode() == null || answered.put(i.promptCode().strip(), i) != null) {
                throw new InvalidInputException("Each checklist item needs a prompt code, once.");
            }
        }
        List<SupervisionItem> items = new ArrayList<>();
        Map<String, SupervisionItem> existing = new HashMap<>();
        s.getItems().forEach(i -> existing.put(i.getPromptCode(), i));
        for (SupervisionPrompt p : sessions.prompts()) {
            ItemForm a = answered.remove(p.getCode());
            SupervisionItem before = existing.remove(p.getCode());
            if (p.isActive() || before != null || a != null) {
                String text = before != null ? before.getPromptText() : p.getText(); // a session keeps its wording
                items.add(new SupervisionItem(p.getCode(), text, a != null && a.discussed(),
                        a == null ? null : Forms.optional(a.note(), "Note on " + p.getCode(), 2000)));
            }
        }
        existing.values().forEach(items::add); // prompts since deleted: keep what was recorded
        if (!answered.isEmpty()) {
            throw new InvalidInputException("Unknown prompt code(s): " + String.join(", ", answered.keySet()) + ".");
        }
        List<AgreedAction> actions = new ArrayList<>();
        for (ActionForm a : f.actions() == null ? List.<ActionForm>of() : f.actions()) {
            if (a == null || ((a.text() == null || a.text().isBlank()) && (a.dueOn() == null || a.dueOn().isBlank()))) {
                continue; // an empty row of the form
            }
            String text = Forms.required(a.text(), "Agreed action", 1000);
            LocalDate due = Forms.date(a.dueOn(), "Due date of '" + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "'");
            if (due.isBefore(held)) {
                throw new InvalidInputException("The due date " + due + " of an agreed action is before the session.");
            }
            actions.add(new AgreedAction(text, due));
        }
        if (actions.size() > 30) {
            throw new InvalidInputException("Agree at most 30 actions in one session.");
        }
        s.record(held, notes == null ? "" : notes, items, actions, now);
    }
}
