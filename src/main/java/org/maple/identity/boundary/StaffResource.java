package org.maple.identity.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/admin/staff}: the staff list and CSV import, for admins (the same rules as the Staff page). */
@Path("admin/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffAdminService staff;

    @GET
    @Operation(summary = "Every member of staff with roles and team (admin)")
    public List<StaffAdminService.StaffListing> list() {
        return staff.list();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import staff from CSV (name,email,role,team,start_date): each imported line with its temporary "
            + "password, each bad line with its number and reason (admin)")
    public StaffAdminService.ImportReport importCsv(String csv) {
        return staff.importCsv(csv);
    }
}
