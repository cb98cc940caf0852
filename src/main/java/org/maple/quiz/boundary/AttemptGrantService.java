package org.maple.quiz.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.AttemptRepository;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.entity.AttemptGrant;
import org.maple.quiz.entity.QuizAttempt;

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

    @Inject
    CallerService caller;

    @Inject
    PeopleDirectory people;

    @Inject
    BankRepository banks;

    @Inject
    AttemptRepository attempts;

    @Inject
    Clock clock;

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
