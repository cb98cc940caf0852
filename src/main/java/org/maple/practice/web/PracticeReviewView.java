package org.maple.practice.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.TeamProgressService;
import org.maple.course.boundary.TeamProgressService.TeamSummary;
import org.maple.practice.boundary.PracticeRecords.ReviewDecision;
import org.maple.practice.boundary.PracticeRecords.TeamPractice;
import org.maple.practice.boundary.PracticeReviewService;
import org.maple.platform.web.Pages;

/** A manager's team practice page: members' meetings and FAMA records to review, the meeting target, aggregates. */
@Named
@ViewScoped
public class PracticeReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeReviewService service;

    @Inject
    TeamProgressService teams;

    private Long teamId;
    private List<TeamSummary> myTeams;
    private TeamPractice team;
    private final Map<String, String> comments = new HashMap<>();

    public void load() {
        if (myTeams == null) {
            myTeams = teams.myTeams();
        }
        if (teamId == null && !myTeams.isEmpty()) {
            teamId = myTeams.get(0).id();
        }
        if (teamId != null) {
            try {
                team = service.team(teamId);
            } catch (RuntimeException e) {
                Pages.notFound(e);
            }
        }
    }

    /** {@code kind} is "meeting" or "fama"; {@code decision} is verify, more or withdraw. */
    public void review(String kind, long id, String decision) {
        String key = kind + id;
        try {
            ReviewDecision d = new ReviewDecision(decision, comments.get(key));
            if ("fama".equals(kind)) {
                service.reviewFama(id, d);
            } else {
                service.reviewMeeting(id, d);
            }
            Pages.info(switch (decision) {
                case "verify" -> "Verified: it now counts as competency evidence.";
                case "more" -> "Sent back with your comment.";
                default -> "Verification withdrawn: it no longer counts as evidence.";
            });
            comments.remove(key);
            team = service.team(teamId);
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<TeamSummary> getMyTeams() {
        return myTeams;
    }

    public TeamPractice getTeam() {
        return team;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
