package org.maple.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.competency.boundary.CompetencyRecords.DecisionRequest;
import org.maple.competency.boundary.CompetencyRecords.PersonCompetencies;
import org.maple.competency.boundary.CompetencyRecords.UnitCompetency;
import org.maple.platform.error.InvalidInputException;

/** {@code /api/people/{id}/competencies}: a team member's units, evidence, sign-off, decline and reopening. */
@Path("people/{person}/competencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleCompetenciesResource {

    static final String UNIT = "[A-Z]{1,8}[0-9]{1,4}";

    @Inject
    SignOffService service;

    @GET
    @Operation(summary = "A team member's DANOS competencies")
    public PersonCompetencies person(@PathParam("person") long person) {
        return service.person(person);
    }

    @GET
    @Path("{unit}")
    @Operation(summary = "One unit of a team member: status, evidence, audit trail")
    public UnitCompetency unit(@PathParam("person") long person, @PathParam("unit") @Pattern(regexp = UNIT) String unit) {
        return service.unit(person, unit);
    }

    @POST
    @Path("{unit}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign a unit off, with a comment")
    public UnitCompetency signOff(@PathParam("person") long person, @PathParam("unit") @Pattern(regexp = UNIT) String unit,
            DecisionRequest request) {
        return service.signOff(person, unit, comment(request));
    }

    @POST
    @Path("{unit}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline to sign a unit off, with the reason")
    public UnitCompetency decline(@PathParam("person") long person, @PathParam("unit") @Pattern(regexp = UNIT) String unit,
            DecisionRequest request) {
        return service.decline(person, unit, comment(request));
    }

    @POST
    @Path("{unit}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen the sign-off or decline in force (its author or an admin)")
    public UnitCompetency reopen(@PathParam("person") long person, @PathParam("unit") @Pattern(regexp = UNIT) String unit,
            DecisionRequest request) {
        return service.reopen(person, unit, comment(request));
    }

    private static String comment(DecisionRequest request) {
        if (request == null || request.comment() == null) {
            throw new InvalidInputException("Send a JSON body {\"comment\": \"...\"}.");
        }
        return request.comment();
    }
}
