package org.maple.course.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.platform.rest.FormPosts;

/** {@code /api/me}: the signed-in person's own learning. */
@Path("me")
@ApplicationScoped // one instance: nothing is built per request
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    LearningService learning;

    @GET
    @Path("progress")
    @Operation(summary = "My assigned courses with status, due dates and progress")
    public List<LearningRecords.CourseProgress> progress() {
        return learning.myCourses();
    }

    @GET
    @Path("courses/{course}")
    @Operation(summary = "My view of one course: lessons done and where to resume")
    public LearningRecords.CourseOutline course(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course) {
        return learning.course(course);
    }

    @POST
    @Path("courses/{course}/lessons/{lesson}/done")
    @Operation(summary = "Mark a lesson done (idempotent)")
    public LearningRecords.LessonDone done(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course,
            @PathParam("lesson") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,119}") String lesson) {
        return learning.completeLesson(course, lesson);
    }

    @POST
    @Path("courses/{course}/lessons/{lesson}/done/next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The lesson page's form: mark the lesson done, then go to the next lesson or back to the course")
    public Response doneForm(@PathParam("course") @Pattern(regexp = CoursesResource.ID) String course,
            @PathParam("lesson") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,119}") String lesson,
            @HeaderParam("Origin") String origin, @Context UriInfo uri) {
        FormPosts.requireSameOrigin(origin, uri);
        LearningRecords.LessonDone done = learning.completeLesson(course, lesson);
        if (done.courseComplete()) {
            return FormPosts.seeOther(FormPosts.page(uri, "learner/course/course.xhtml")
                    .queryParam("c", course).queryParam("completed", "true"));
        }
        return FormPosts.seeOther(done.nextKey() != null
                ? FormPosts.page(uri, "learner/course/lesson.xhtml").queryParam("c", course)
                        .queryParam("l", done.nextKey()).queryParam("done", lesson)
                : FormPosts.page(uri, "learner/course/course.xhtml").queryParam("c", course).queryParam("done", lesson));
    }
}
