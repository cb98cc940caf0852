package org.maple.practice.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.practice.boundary.PracticeRecords.SupervisionRecord;
import org.maple.practice.boundary.PracticeRecords.TeamPractice;

/** {@code /api/teams/{id}/practice}: a team's practice records (own teams only; 404 for others). */
@Path("teams/{team}/practice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamPracticeResource {

    @Inject
    PracticeReviewService review;

    @Inject
    SupervisionService supervision;

    @GET
    @Operation(summary = "Each member's meetings, FAMA records and meeting target; the team's FAMA aggregates")
    public TeamPractice practice(@PathParam("team") long team) {
        return review.team(team);
    }

    @GET
    @Path("supervision")
    @Operation(summary = "The team's supervision sessions (the team's manager only)")
    public List<SupervisionRecord> supervision(@PathParam("team") long team) {
        return supervision.team(team);
    }
}
