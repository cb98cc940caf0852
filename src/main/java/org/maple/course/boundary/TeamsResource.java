package org.maple.course.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/teams}: managers' team progress (own teams only; admins all). */
@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    TeamProgressService teams;

    @GET
    @Operation(summary = "The teams I manage")
    public List<TeamProgressService.TeamSummary> teams() {
        return teams.myTeams();
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "A team's members and their course progress")
    public TeamProgressService.TeamProgress progress(@PathParam("id") long id) {
        return teams.team(id);
    }
}
