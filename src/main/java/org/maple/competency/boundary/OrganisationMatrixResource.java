package org.maple.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/matrix}: the whole organisation's matrix and its exports (admin). Query as the team matrix. */
@Path("matrix")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationMatrixResource {

    @Inject
    TeamMatrixService matrix;

    @GET
    @Operation(summary = "Everyone's competency matrix (admin)")
    public Response matrix(@QueryParam("view") String view, @QueryParam("filter") String filter,
            @QueryParam("sort") String sort) {
        return Response.ok(MatrixJson.of(matrix.organisation(view, filter, sort)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("csv")
    @Produces(MatrixResource.CSV)
    public Response csv(@QueryParam("view") String view, @QueryParam("filter") String filter,
            @QueryParam("sort") String sort) {
        return MatrixResource.download(matrix.organisationCsv(view, filter, sort), MatrixResource.CSV,
                "organisation-matrix.csv");
    }

    @GET
    @Path("xlsx")
    @Produces(MatrixResource.XLSX)
    public Response xlsx(@QueryParam("view") String view, @QueryParam("filter") String filter,
            @QueryParam("sort") String sort) {
        return MatrixResource.download(matrix.organisationXlsx(view, filter, sort), MatrixResource.XLSX,
                "organisation-matrix.xlsx");
    }
}
