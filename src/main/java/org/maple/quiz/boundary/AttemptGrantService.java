package org.maple.quiz.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.entity.CourseVersion;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.AttemptRepository;
import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.entity.AttemptGrant;
import org.maple.quiz.entity.BankVersion;
import org.maple.quiz.entity.QuizAttempt;
import org.maple.quiz.entity.QuizSettings;

/**
 * Granting one person more attempts or more time on a course's quiz, recorded with who and why. A
 * manager may grant to the members of their own teams, a trainer or admin to anyone. Role: manager,
 * trainer, admin.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class AttemptGrantService {

    /** A grant as shown. */
    public record GrantRecord(long id, long personId, String courseCode, int extraAttempts, int extraMinutes,
            String reason, long grantedBy, LocalDateTime grantedAt) implements java.io.Serializable {
    }

    /** One person's quiz for a course as the person granting sees it: limits, use, and past grants. */
    public record GrantStanding(long personId, String name, String email, String courseCode, String courseTitle,
            int maxAttempts, int extraAttempts, int attemptsUsed, boolean passed, int timeLimitMinutes, int extraMinutes,
            List<GrantShown> grants) implements java.io.Serializable {

        public int attemptsAllowed() {
            return maxAttempts + extraAttempts;
        }
    }

    /** A past grant with the name of who granted it. */
    public record GrantShown(int extraAttempts, int extraMinutes, String reason, String grantedBy, LocalDateTime grantedAt)
            implements java.io.Serializable {
    }

    @Inject
    CallerService caller;

    @Inject
    BankCache cache;

    @Inject
    PeopleDirectory people;

    @Inject
    BankRepository banks;

    @Inject
    AttemptRepository attempts;

    @Inject
    Clock clock;

    @Inject
    QuizStanding standing;

    /** Use case: grant extra attempts and/or minutes; extends the deadline of an open timed attempt too. */
    public GrantRecord grant(long personId, String courseCode, int extraAttempts, int extraMinutes, String reason) {
        Person me = caller.current();
        Person learner = visible(me, personId);
        if (banks.current(courseCode).isEmpty()) {
            throw new ItemNotFoundException("The course '" + courseCode + "' has no quiz.");
        }
        if (extraAttempts < 0 || extraAttempts > 10 || extraMinutes < 0 || extraMinutes > 600
                || extraAttempts + extraMinutes == 0) {
            throw new InvalidInputException("Grant 0–10 extra attempts and/or 0–600 extra minutes, and at least one of them.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 1000) {
            throw new InvalidInputException("Give a reason for the grant (3–1000 characters).");
        }
        AttemptGrant g = new AttemptGrant(learner.getId(), courseCode, extraAttempts, extraMinutes, why, me.getId(),
                LocalDateTime.now(clock));
        attempts.persist(g);
        if (extraMinutes > 0) {
            attempts.ofPerson(learner.getId(), courseCode).stream().filter(QuizAttempt::isOpen)
                    .forEach(a -> attempts.lock(a.getId()).ifPresent(locked -> locked.extend(extraMinutes)));
        }
        return record(g);
    }

    /** Use case: the grants one person has had for a course. */
    public List<GrantRecord> grants(long personId, String courseCode) {
        Person learner = visible(caller.current(), personId);
        return attempts.grants(learner.getId(), courseCode).stream().map(AttemptGrantService::record).toList();
    }

    /** Use case: one person's quiz for a course, with the grants they have had (to decide on a new one). */
    public GrantStanding standing(long personId, String courseCode) {
        Person learner = visible(caller.current(), personId);
        BankVersion bank = banks.current(courseCode)
                .orElseThrow(() -> new ItemNotFoundException("The course '" + courseCode + "' has no quiz."));
        QuizSettings s = cache.bank(bank).settings();
        List<AttemptGrant> given = attempts.grants(learner.getId(), courseCode);
        // counted like the learner's own quiz page: over the latest enrolment
        Optional<QuizStanding.Standing> tried = Optional.ofNullable(
                standing.of(List.of(learner.getId())).getOrDefault(learner.getId(), Map.of()).get(courseCode));
        Map<Long, String> names = new HashMap<>();
        List<GrantShown> shown = given.stream().map(g -> new GrantShown(g.getExtraAttempts(), g.getExtraMinutes(), g.getReason(),
                names.computeIfAbsent(g.getGrantedBy(), id -> people.byId(id).map(Person::getDisplayName).orElse("(unknown)")),
                g.getGrantedAt())).toList();
        String title = banks.currentCourse(courseCode).map(CourseVersion::getTitle).orElse(courseCode);
        return new GrantStanding(learner.getId(), learner.getDisplayName(), learner.getEmail(), courseCode, title,
                s.maxAttempts(), given.stream().mapToInt(AttemptGrant::getExtraAttempts).sum(),
                tried.map(QuizStanding.Standing::attemptsUsed).orElse(0),
                tried.map(QuizStanding.Standing::passed).orElse(false), s.timeLimitMinutes(),
                given.stream().mapToInt(AttemptGrant::getExtraMinutes).sum(), shown);
    }

    /** Use case: find, by e-mail address, someone the caller may grant to (404 for anyone else). */
    public long personByEmail(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new InvalidInputException("Give the person's e-mail address.");
        }
        Person found = people.byEmail(address).orElseThrow(() -> new ItemNotFoundException("There is no one with the e-mail address "
                + (address.length() > 80 ? address.substring(0, 80) + "…" : address) + " in your teams."));
        return visible(caller.current(), found.getId()).getId();
    }

    private Person visible(Person me, long personId) {
        boolean anyone = me.hasRole(Role.TRAINER) || me.hasRole(Role.ADMIN);
        return (anyone ? people.byId(personId) : people.managedPerson(me, personId))
                .orElseThrow(() -> new ItemNotFoundException("There is no person " + personId + " in your teams."));
    }

    private static GrantRecord record(AttemptGrant g) {
        return new GrantRecord(g.getId(), g.getPersonId(), g.getCourseCode(), g.getExtraAttempts(), g.getExtraMinutes(),
                g.getReason(), g.getGrantedBy(), g.getGrantedAt());
    }
}
