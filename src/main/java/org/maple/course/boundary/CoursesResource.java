package org.maple.course.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/courses}: the course catalogue. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    public static final String ID = "[a-z0-9][a-z0-9-]{0,79}";

    @Inject
    CatalogService catalog;

    @GET
    @Operation(summary = "The current courses")
    public List<CatalogService.CourseSummary> courses() {
        return catalog.courses();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One course with its objectives and lessons")
    public CatalogService.CourseDetail course(@PathParam("id") @Pattern(regexp = ID, message = "must be a course id (a-z, 0-9, '-')") String id) {
        return catalog.course(id);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "A course's version history (trainers and admins)")
    public List<CatalogService.VersionSummary> versions(@PathParam("id") @Pattern(regexp = ID, message = "must be a course id (a-z, 0-9, '-')") String id) {
        return catalog.history(id);
    }
}
