package org.maple.course.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.course.control.ContentImporter;
import org.maple.course.entity.FileProblem;

/** {@code /api/admin/content}: reload the courses and read the problems found (admins). */
@Path("admin/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

    @Inject
    ContentAdminService admin;

    @POST
    @Path("reload")
    @Operation(summary = "Reload content/ now; unchanged courses change nothing")
    public ContentImporter.ImportSummary reload() {
        return admin.reload();
    }

    @GET
    @Path("problems")
    @Operation(summary = "Problems found by the last load: file, line, reason")
    public List<FileProblem> problems() {
        return admin.problems();
    }
}
