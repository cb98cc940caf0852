package org.maple.quiz.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.course.boundary.CoursesResource;
import org.maple.quiz.boundary.QuizRecords.AttemptSheet;
import org.maple.quiz.boundary.QuizRecords.QuizOverview;

/** {@code /api/me/quizzes}: my quiz for a course, and starting an attempt. */
@Path("me/quizzes")
@ApplicationScoped // one instance: nothing is built per request
@Produces(MediaType.APPLICATION_JSON)
public class QuizzesResource {

    @Inject
    QuizTakingService quizzes;

    @GET
    @Path("{course}")
    @Operation(summary = "The course's quiz for me: rules, attempts used and left, whether I passed")
    public QuizOverview overview(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course) {
        return quizzes.overview(course);
    }

    @POST
    @Path("{course}/attempts")
    @Operation(summary = "Start an attempt (or get the open one back): its questions, no answers revealed")
    public AttemptSheet start(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course) {
        return quizzes.start(course);
    }
}
