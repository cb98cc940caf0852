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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.practice.boundary.PracticeRecords.DirectoryFilter;
import org.maple.practice.boundary.PracticeRecords.GroupView;
import org.maple.practice.boundary.PracticeRecords.ImportReport;
import org.maple.practice.boundary.PracticeRecords.ListingForm;

/** {@code /api/directory}: the local mutual aid directory (staff read; managers and admins edit and import). */
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService service;

    @GET
    @Operation(summary = "Search groups: fellowship (e.g. AA), day (e.g. monday), open=true, online=true|false, q=words")
    public List<GroupView> search(@QueryParam("fellowship") String fellowship, @QueryParam("day") String day,
            @QueryParam("open") boolean open, @QueryParam("online") String online, @QueryParam("q") String q) {
        Boolean onlineFilter = online == null || online.isBlank() ? null : Boolean.valueOf("true".equalsIgnoreCase(online.strip()));
        if (onlineFilter != null && !onlineFilter && !"false".equalsIgnoreCase(online.strip())) {
            throw new org.maple.platform.error.InvalidInputException("online must be true or false.");
        }
        return service.search(new DirectoryFilter(fellowship, day, open, onlineFilter, q));
    }

    @GET
    @Path("stale")
    @Operation(summary = "Groups not verified for the configured period (managers, admins)")
    public List<GroupView> stale() {
        return service.stale();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One group")
    public GroupView one(@PathParam("id") long id) {
        return service.one(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a group (managers, admins)")
    public Response add(ListingForm form) {
        return Response.status(Response.Status.CREATED).entity(service.save(null, form)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a group; saving verifies it today (managers, admins)")
    public GroupView edit(@PathParam("id") long id, ListingForm form) {
        return service.save(id, form);
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Confirm a group's details are still right (managers, admins)")
    public GroupView verify(@PathParam("id") long id) {
        return service.verify(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a group (managers, admins)")
    public Response remove(@PathParam("id") long id) {
        service.remove(id);
        return Response.noContent().build();
    }

    @POST
    @Path("import/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import groups from CSV; each bad row is reported with its line (managers, admins)")
    public ImportReport importCsv(String csv) {
        return service.importCsv(csv);
    }

    @POST
    @Path("import/meeting-guide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a Meeting Guide JSON feed of one fellowship (?fellowship=AA); each bad record is reported")
    public ImportReport importMeetingGuide(@QueryParam("fellowship") String fellowship,
            @QueryParam("other") String other, String json) {
        return service.importMeetingGuide(json, fellowship, other);
    }
}
