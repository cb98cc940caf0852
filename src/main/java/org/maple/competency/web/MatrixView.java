package org.maple.competency.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.maple.competency.boundary.CompetencyRecords.AttentionItem;
import org.maple.competency.boundary.CompetencyRecords.ProgressSeries;
import org.maple.competency.boundary.CompetencyRecords.TeamChoice;
import org.maple.competency.boundary.RecomputeService;
import org.maple.competency.boundary.TeamInsightService;
import org.maple.competency.boundary.TeamMatrixService;
import org.maple.competency.entity.Matrix;
import org.maple.platform.web.Pages;

/**
 * The team matrix page: team (or, for an admin, the whole organisation), view, filter and sort come
 * from the URL, so every state is a link a keyboard user can follow and bookmark.
 */
@Named
@RequestScoped
public class MatrixView {

    @Inject
    TeamMatrixService matrixService;

    @Inject
    TeamInsightService insight;

    @Inject
    RecomputeService recompute;

    private String team;
    private String view = "units";
    private String filter = "all";
    private String sort = "name";
    private List<TeamChoice> teams;
    private Matrix matrix;
    private List<AttentionItem> attention = List.of();
    private ProgressSeries progress;

    @PostConstruct
    void init() {
        teams = matrixService.teams();
    }

    public void load() {
        try {
            if (isOrganisation()) {
                matrix = matrixService.organisation(view, filter, sort);
                return;
            }
            Long id = team == null || team.isBlank() ? (teams.isEmpty() ? null : teams.get(0).id()) : parse(team);
            if (id == null) {
                return;
            }
            team = String.valueOf(id);
            matrix = matrixService.team(id, view, filter, sort);
            attention = insight.attention(id);
            progress = insight.inductionProgress(id, 12);
        } catch (RuntimeException e) {
            Pages.notFound(e);
            if (!FacesContext.getCurrentInstance().getResponseComplete()) {
                Pages.error(e);
            }
        }
    }

    /** Admin: rebuild every status from the evidence. */
    public void recomputeAll() {
        try {
            RecomputeService.RecomputeSummary s = recompute.recomputeAll();
            Pages.info("Recomputed " + s.statuses() + " statuses for " + s.people() + " people in " + s.millis() + " ms ("
                    + s.evidenceAdded() + " evidence added, " + s.evidenceRemoved() + " removed).");
            Pages.redirect("/manager/competency/matrix.xhtml" + (team == null ? "" : "?team=" + Pages.url(team)));
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    private static Long parse(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new org.maple.platform.error.ItemNotFoundException("There is no team '" + s.replaceAll("[^A-Za-z0-9]", "") + "'.");
        }
    }

    public boolean isOrganisation() {
        return "all".equals(team);
    }

    /** Chart.js configuration for p:chart: the share of induction courses complete, week by week. */
    public String getChartJson() {
        if (progress == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        progress.weeks().forEach(labels::add);
        JsonArrayBuilder values = Json.createArrayBuilder();
        progress.percentComplete().forEach(values::add);
        JsonArrayBuilder full = Json.createArrayBuilder();
        progress.fullyInducted().forEach(full::add);
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Induction courses complete (%)")
                                        .add("data", values).add("borderColor", "#0b5e3c").add("backgroundColor", "#0b5e3c")
                                        .add("yAxisID", "y").add("pointStyle", "circle"))
                                .add(Json.createObjectBuilder().add("label", "Members fully inducted")
                                        .add("data", full).add("borderColor", "#0a4f8a").add("backgroundColor", "#0a4f8a")
                                        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                        .add("yAxisID", "y1").add("pointStyle", "rectRot"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "% complete")))
                                .add("y1", Json.createObjectBuilder().add("min", 0).add("position", "right")
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "members")))))
                .build().toString();
    }

    public String getChartLabel() {
        if (progress == null || progress.percentComplete().isEmpty()) {
            return "";
        }
        int last = progress.percentComplete().size() - 1;
        return "Line chart of the team's induction progress over the last " + progress.weeks().size() + " weeks: from "
                + progress.percentComplete().get(0) + "% to " + progress.percentComplete().get(last)
                + "% of induction courses complete; " + progress.fullyInducted().get(last) + " of " + progress.members()
                + " members fully inducted now. The table below gives every value.";
    }

    /** The export URL for this state ("csv" or "xlsx"). */
    public String exportUrl(String format) {
        String base = isOrganisation() ? "/api/matrix/" : "/api/teams/" + team + "/matrix/";
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + base + format
                + "?view=" + Pages.url(view) + "&filter=" + Pages.url(filter) + "&sort=" + Pages.url(sort);
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view == null || view.isBlank() ? "units" : view;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter == null || filter.isBlank() ? "all" : filter;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null || sort.isBlank() ? "name" : sort;
    }

    public List<TeamChoice> getTeams() {
        return teams;
    }

    public Matrix getMatrix() {
        return matrix;
    }

    public List<AttentionItem> getAttention() {
        return attention;
    }

    public ProgressSeries getProgress() {
        return progress;
    }

    public boolean isUnits() {
        return !"courses".equals(view);
    }
}
