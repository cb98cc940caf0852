package org.maple.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/admin/competency}: rebuild every competency status from the evidence (admin). */
@Path("admin/competency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecomputeResource {

    @Inject
    RecomputeService service;

    @POST
    @Path("recompute")
    @Operation(summary = "Rebuild every competency status from the evidence")
    public RecomputeService.RecomputeSummary recompute() {
        return service.recomputeAll();
    }
}
