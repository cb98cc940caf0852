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
import org.maple.practice.boundary.PracticeRecords.MeetingEntry;
import org.maple.practice.boundary.PracticeRecords.MeetingForm;
import org.maple.practice.boundary.PracticeRecords.MeetingProgress;

/** {@code /api/me/meetings}: my open-meeting log and my progress towards the induction's target. */
@Path("me/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @Inject
    MeetingLogService service;

    @GET
    @Operation(summary = "My open-meeting log, newest first")
    public List<MeetingEntry> mine() {
        return service.mine();
    }

    @GET
    @Path("progress")
    @Operation(summary = "My progress towards the induction's meeting target")
    public MeetingProgress progress() {
        return service.myProgress();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my meeting log entries")
    public MeetingEntry one(@PathParam("id") long id) {
        return service.one(id);
    }

    @POST
    @Operation(summary = "Log an open meeting I attended, with my reflection (no attendee may be named)")
    public Response log(MeetingForm form) {
        return Response.status(Response.Status.CREATED).entity(service.log(form)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change one of my entries (not once verified); it goes back for review")
    public MeetingEntry edit(@PathParam("id") long id, MeetingForm form) {
        return service.edit(id, form);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of my entries (not once verified)")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
