package org.maple.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/me/competencies}: my DANOS units with status, evidence and what is still needed. */
@Path("me/competencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyCompetenciesResource {

    @Inject
    MyCompetencyService service;

    @GET
    @Operation(summary = "My DANOS competencies")
    public CompetencyRecords.PersonCompetencies mine() {
        return service.mine();
    }
}
