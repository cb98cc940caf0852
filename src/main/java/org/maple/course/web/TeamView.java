package org.maple.course.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.TeamProgressService;
import org.maple.course.boundary.TeamProgressService.TeamProgress;
import org.maple.course.boundary.TeamProgressService.TeamSummary;
import org.maple.platform.web.Pages;

/** The manager's team page: each member's induction courses and status. */
@Named
@RequestScoped
public class TeamView {

    @Inject
    TeamProgressService service;

    private Long teamId;
    private List<TeamSummary> teams;
    private TeamProgress team;

    @PostConstruct
    void init() {
        teams = service.myTeams();
    }

    public void load() {
        if (teamId == null && !teams.isEmpty()) {
            teamId = teams.get(0).id();
        }
        if (teamId != null) {
            try {
                team = service.team(teamId);
            } catch (RuntimeException e) {
                Pages.notFound(e);
            }
        }
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<TeamSummary> getTeams() {
        return teams;
    }

    public TeamProgress getTeam() {
        return team;
    }
}
