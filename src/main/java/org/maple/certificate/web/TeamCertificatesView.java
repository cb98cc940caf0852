package org.maple.certificate.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.certificate.boundary.CertificateRecords.TeamCertificates;
import org.maple.certificate.boundary.CertificateRecords.TeamChoice;
import org.maple.certificate.boundary.TeamCertificatesService;
import org.maple.platform.web.Pages;

/** The manager's "Team certificates" page: list, bulk ZIP download, revoke with a reason. */
@Named
@ViewScoped
public class TeamCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamCertificatesService service;

    private Long teamId;
    private List<TeamChoice> teams;
    private TeamCertificates team;
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        teams = service.myTeams();
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

    public void revoke(String code) {
        try {
            service.revoke(code, reasons.get(code));
            Pages.info("Certificate " + code + " revoked.");
            reasons.remove(code);
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

    public List<TeamChoice> getTeams() {
        return teams;
    }

    public TeamCertificates getTeam() {
        return team;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
