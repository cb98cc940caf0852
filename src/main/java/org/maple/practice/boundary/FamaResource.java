package org.maple.practice.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.practice.boundary.PracticeRecords.FamaEntry;
import org.maple.practice.boundary.PracticeRecords.FamaForm;

/** {@code /api/me/fama}: my de-identified FAMA practice log. */
@Path("me/fama")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FamaResource {

    @Inject
    FamaLogService service;

    @GET
    @Operation(summary = "My FAMA practice records, newest first")
    public List<FamaEntry> mine() {
        return service.mine();
    }

    @POST
    @Operation(summary = "Record facilitating one client's access to mutual aid (local reference only)")
    public Response record(FamaForm form) {
        return Response.status(Response.Status.CREATED).entity(service.record(form)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change one of my records (not once verified)")
    public FamaEntry edit(@PathParam("id") long id, FamaForm form) {
        return service.edit(id, form);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of my records (not once verified)")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
