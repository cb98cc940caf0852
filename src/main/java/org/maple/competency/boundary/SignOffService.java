package org.maple.competency.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.competency.boundary.CompetencyRecords.PersonCompetencies;
import org.maple.competency.boundary.CompetencyRecords.UnitCompetency;
import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.control.StatusRules.Assessment;
import org.maple.competency.entity.Decision;
import org.maple.competency.entity.DecisionAction;
import org.maple.competency.entity.DecisionItem;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.AccessDeniedException;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;

/**
 * A manager's (or admin's) view of one team member's competencies, and the sign-off decisions on
 * them: sign off or decline (with a comment or reason) when the criteria are met, and reopen — only
 * by whoever made the decision, or an admin. Every decision is kept in the audit trail. A member of
 * another team answers 404. Role: manager, admin.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class SignOffService {

    public static final int MAX_COMMENT = 2000;

    @Inject
    CallerService caller;

    @Inject
    Access access;

    @Inject
    CompetencyRepository repository;

    @Inject
    CompetencyViews views;

    @Inject
    ContextFactory contexts;

    @Inject
    StatusCalculator calculator;

    @Inject
    Clock clock;

    /** Use case: a team member's competencies, with the actions I may take. */
    public PersonCompetencies person(long personId) {
        Person me = caller.current();
        return views.person(access.member(me, personId), contexts.create(), me);
    }

    /** Use case: one unit of a team member, with its evidence and audit trail. */
    public UnitCompetency unit(long personId, String unitCode) {
        return pick(person(personId), unitCode);
    }

    /** Use case: sign a unit off (the criteria must be met). */
    public UnitCompetency signOff(long personId, String unitCode, String comment) {
        return decide(personId, unitCode, DecisionAction.SIGNED_OFF, comment);
    }

    /** Use case: decline to sign a unit off, with the reason. */
    public UnitCompetency decline(long personId, String unitCode, String reason) {
        return decide(personId, unitCode, DecisionAction.DECLINED, reason);
    }

    /** Use case: reopen the sign-off or decline in force: only its author or an admin. */
    public UnitCompetency reopen(long personId, String unitCode, String reason) {
        return decide(personId, unitCode, DecisionAction.REOPENED, reason);
    }

    private UnitCompetency decide(long personId, String unitCode, DecisionAction action, String comment) {
        Person me = caller.current();
        PersonRow p = access.member(me, personId);
        StatusCalculator.Context ctx = contexts.create();
        if (ctx.framework().unit(unitCode).isEmpty()) {
            throw new ItemNotFoundException("There is no DANOS unit '" + clean(unitCode) + "'.");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(action == DecisionAction.SIGNED_OFF
                    ? "Please add a comment: what you checked before signing off."
                    : "Please give a reason.");
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException("The comment is longer than " + MAX_COMMENT + " characters.");
        }
        if (me.getId() == p.id()) {
            throw new AccessDeniedException("You cannot decide on your own competencies.");
        }
        repository.lockPerson(p.id());
        List<Decision> decisions = repository.decisionsOf(p.id());
        Assessment a = StatusCalculator.assess(p, repository.evidenceOf(p.id()), decisions, ctx).get(unitCode);
        Long reopens = null;
        if (action == DecisionAction.REOPENED) {
            DecisionItem inForce = a.decision();
            if (inForce == null) {
                throw new ConflictException("There is no sign-off or decline to reopen for " + unitCode + ".");
            }
            if (!me.hasRole(Role.ADMIN) && inForce.byPersonId() != me.getId()) {
                throw new AccessDeniedException("Only " + inForce.byName() + ", who made this decision, or an admin can reopen it.");
            }
            reopens = inForce.id();
        } else if (a.signedOff()) {
            throw new ConflictException(unitCode + " is already signed off; reopen it first.");
        } else if (!a.criteriaMet()) {
            throw new ConflictException("The criteria for " + unitCode + " are not met yet: " + String.join(" ", a.needed()));
        }
        repository.persist(new Decision(p.id(), unitCode, action, text, me.getId(), me.getDisplayName(),
                LocalDateTime.now(clock), reopens));
        calculator.recompute(p, ctx);
        return pick(views.person(p, ctx, me), unitCode);
    }

    private static UnitCompetency pick(PersonCompetencies pc, String unitCode) {
        return pc.units().stream().filter(u -> u.unit().code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new ItemNotFoundException("There is no DANOS unit '" + clean(unitCode) + "'."));
    }

    private static String clean(String s) {
        String t = s == null ? "" : s.replaceAll("[^A-Za-z0-9.]", "");
        return t.length() > 20 ? t.substring(0, 20) : t;
    }
}
