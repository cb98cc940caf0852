package org.maple.quiz.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.course.boundary.CoursesResource;
import org.maple.quiz.entity.ItemStatistic;

/** {@code /api/quizzes}: trainers' and managers' work on a course's quiz. */
@Path("quizzes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuizzesAdminResource {

    @Inject
    QuizReviewService review;

    @Inject
    AttemptGrantService grants;

    @GET
    @Path("{course}/versions")
    @Operation(summary = "The bank's versions (trainer, admin)")
    public List<QuizReviewService.BankSummary> versions(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course) {
        return review.versions(course);
    }

    @GET
    @Path("{course}/statistics")
    @Operation(summary = "Item statistics: facility, discrimination, option use, flags (trainer, admin)")
    public List<ItemStatistic> statistics(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course) {
        return review.statistics(course);
    }

    @POST
    @Path("{course}/regrade")
    @Operation(summary = "Regrade with a bank version (default: the current one): a dry run unless apply=true, "
            + "which needs a reason (trainer, admin)")
    public QuizReviewService.RegradePlan regrade(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course,
            @QueryParam("apply") @DefaultValue("false") boolean apply, @QueryParam("version") Integer version,
            @QueryParam("reason") String reason) {
        return apply ? review.regradeApply(course, version, reason) : review.regradePreview(course, version);
    }

    @GET
    @Path("{course}/regrades")
    @Operation(summary = "The audit records of past regrades, newest first (trainer, admin)")
    public List<QuizReviewService.RegradeAudit> regrades(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course) {
        return review.regrades(course);
    }

    @GET
    @Path("{course}/gift")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(summary = "The current bank as Moodle GIFT (trainer, admin)")
    public Response gift(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course) {
        QuizReviewService.GiftExport e = review.giftExport(course);
        return Response.ok(e.text()).header("Content-Disposition", "attachment; filename=\"" + course + ".gift\"")
                .header("X-Maple-Skipped", String.join(",", e.skipped())).build();
    }

    @POST
    @Path("gift/check")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Check a GIFT file: questions understood, problems by line (trainer, admin)")
    public QuizReviewService.GiftCheck giftCheck(String text) {
        return review.giftCheck(text);
    }

    @POST
    @Path("{course}/grants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Grant one person extra attempts and/or minutes (their manager, a trainer, an admin)")
    public AttemptGrantService.GrantRecord grant(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course,
            @FormParam("person") long person, @FormParam("attempts") @DefaultValue("0") int attempts,
            @FormParam("minutes") @DefaultValue("0") int minutes, @FormParam("reason") String reason) {
        return grants.grant(person, course, attempts, minutes, reason);
    }

    @GET
    @Path("{course}/grants/{person}")
    @Operation(summary = "One person's grants for a course's quiz")
    public List<AttemptGrantService.GrantRecord> grants(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course,
            @PathParam("person") long person) {
        return grants.grants(person, course);
    }
}
