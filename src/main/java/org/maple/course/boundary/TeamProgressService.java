package org.maple.course.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.boundary.LearningRecords.CourseProgress;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;
import org.maple.platform.error.ItemNotFoundException;

/**
 * A manager's view of their team's induction progress. A manager sees only the teams they manage;
 * an admin sees every team. Role: manager, admin.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class TeamProgressService {

    public record TeamSummary(long id, String name, String manager, int members) implements java.io.Serializable {
    }

    public record MemberProgress(long personId, String name, String email, String startDate, List<CourseProgress> courses) implements java.io.Serializable {
    }

    public record TeamProgress(TeamSummary team, List<MemberProgress> members) implements java.io.Serializable {
    }

    @Inject
    CallerService caller;

    @Inject
    PeopleDirectory people;

    @Inject
    LearningService learning;

    /** Use case: list the teams I may see. */
    public List<TeamSummary> myTeams() {
        Person me = caller.current();
        return people.teamsVisibleTo(me).stream().map(this::summary).toList();
    }

    /** Use case: one team's members with their course progress; 404 for a team I may not see. */
    public TeamProgress team(long teamId) {
        Person me = caller.current();
        Team team = people.visibleTeam(me, teamId)
                .orElseThrow(() -> new ItemNotFoundException("There is no team " + teamId + " that you manage."));
        List<MemberProgress> members = people.members(team).stream()
                .map(p -> new MemberProgress(p.getId(), p.getDisplayName(), p.getEmail(), p.getStartDate().toString(),
                        learning.coursesOf(p)))
                .toList();
        return new TeamProgress(summary(team), members);
    }

    private TeamSummary summary(Team t) {
        return new TeamSummary(t.getId(), t.getName(),
                t.getManager() == null ? "" : t.getManager().getDisplayName(), people.members(t).size());
    }
}
