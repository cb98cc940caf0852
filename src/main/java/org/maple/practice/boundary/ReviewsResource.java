package org.maple.practice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.practice.boundary.PracticeRecords.FamaEntry;
import org.maple.practice.boundary.PracticeRecords.MeetingEntry;
import org.maple.practice.boundary.PracticeRecords.ReviewDecision;

/** {@code /api/practice/...}: a manager's review of their team's log entries. */
@Path("practice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    PracticeReviewService service;

    @POST
    @Path("meetings/{id}/review")
    @Operation(summary = "Verify a team member's meeting, ask for more (comment), or withdraw a verification (comment)")
    public MeetingEntry meeting(@PathParam("id") long id, ReviewDecision decision) {
        return service.reviewMeeting(id, decision);
    }

    @POST
    @Path("fama/{id}/review")
    @Operation(summary = "Verify a team member's FAMA record, ask for more, or withdraw a verification")
    public FamaEntry fama(@PathParam("id") long id, ReviewDecision decision) {
        return service.reviewFama(id, decision);
    }
}
