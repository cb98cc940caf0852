package org.maple.competency.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/teams/{id}/matrix}: a team's matrix (units or courses), its exports, "needs attention"
 * and induction progress. Query: {@code view} (units, courses), {@code filter} (all, overdue,
 * expiring, not-started), {@code sort} (name, attention, or a column key).
 */
@Path("teams/{team}/matrix")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TeamMatrixService matrix;

    @Inject
    TeamInsightService insight;

    @GET
    @Operation(summary = "A team's competency matrix")
    public Response matrix(@PathParam("team") long team, @QueryParam("view") String view,
            @QueryParam("filter") String filter, @QueryParam("sort") String sort) {
        return Response.ok(MatrixJson.of(matrix.team(team, view, filter, sort)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("csv")
    @Produces(CSV)
    @Operation(summary = "The matrix as CSV")
    public Response csv(@PathParam("team") long team, @QueryParam("view") String view,
            @QueryParam("filter") String filter, @QueryParam("sort") String sort) {
        return download(matrix.teamCsv(team, view, filter, sort), CSV, "team-" + team + "-matrix.csv");
    }

    @GET
    @Path("xlsx")
    @Produces(XLSX)
    @Operation(summary = "The matrix as a spreadsheet")
    public Response xlsx(@PathParam("team") long team, @QueryParam("view") String view,
            @QueryParam("filter") String filter, @QueryParam("sort") String sort) {
        return download(matrix.teamXlsx(team, view, filter, sort), XLSX, "team-" + team + "-matrix.xlsx");
    }

    @GET
    @Path("attention")
    @Operation(summary = "What needs the manager's attention in the team")
    public List<CompetencyRecords.AttentionItem> attention(@PathParam("team") long team) {
        return insight.attention(team);
    }

    @GET
    @Path("induction-progress")
    @Operation(summary = "The team's induction progress, week by week")
    public CompetencyRecords.ProgressSeries progress(@PathParam("team") long team,
            @QueryParam("weeks") @DefaultValue("12") int weeks) {
        return insight.inductionProgress(team, weeks);
    }

    static Response download(Object body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
