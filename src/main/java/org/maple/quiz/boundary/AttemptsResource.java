package org.maple.quiz.boundary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.rest.FormPosts;
import org.maple.quiz.boundary.QuizRecords.AnswerSaved;
import org.maple.quiz.boundary.QuizRecords.AttemptOutcome;
import org.maple.quiz.boundary.QuizRecords.AttemptSheet;
import org.maple.quiz.entity.GivenAnswer;

/**
 * {@code /api/me/attempts}: one of my attempts — its questions, saving an answer, submitting, the
 * result. Answers use screen positions ({@link GivenAnswer}). The quiz page's plain HTML form posts
 * its submit here too (form-encoded) and is sent on to the result page.
 */
@Path("me/attempts")
@ApplicationScoped // one instance: nothing is built per request
@Produces(MediaType.APPLICATION_JSON)
public class AttemptsResource {

    static final String QID = "[a-z0-9][a-z0-9-]{0,119}";

    @Inject
    QuizTakingService quizzes;

    @GET
    @Path("{id}")
    @Operation(summary = "The attempt's questions with my answers so far")
    public AttemptSheet attempt(@PathParam("id") long id) {
        return quizzes.attempt(id);
    }

    @PUT
    @Path("{id}/answers/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one answer (screen positions); refused once the attempt is closed")
    public AnswerSaved answer(@PathParam("id") long id, @PathParam("question") @Pattern(regexp = QID) String question,
            @NotNull GivenAnswer answer) {
        return quizzes.saveAnswer(id, question, answer);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit and grade (idempotent), optionally with last answers by question id")
    public AttemptOutcome submit(@PathParam("id") long id, Map<String, GivenAnswer> answers) {
        return quizzes.submit(id, answers);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The quiz page's form: submit with every answer on the page, then go to the result page")
    public Response submitForm(@PathParam("id") long id, MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin, @Context UriInfo uri) {
        FormPosts.requireSameOrigin(origin, uri);
        quizzes.submit(id, formAnswers(form));
        return FormPosts.seeOther(FormPosts.page(uri, "learner/quiz/result.xhtml").queryParam("a", id));
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "The graded attempt: score, pass/fail, feedback as the quiz's policy allows")
    public AttemptOutcome result(@PathParam("id") long id) {
        return quizzes.result(id);
    }


    /**
     * Reads the page's fields: {@code shown=<id>} for every question on the page, {@code c.<id>}
     * chosen option positions (repeated), {@code m.<id>.<prompt>} chosen match position,
     * {@code o.<id>} item ids in order ("2,0,1"), {@code t.<id>} text. Shared with the authoring
     * quiz preview, whose form uses the same fields. Bad input: {@link InvalidInputException}.
     */
    public static Map<String, GivenAnswer> formAnswers(MultivaluedMap<String, String> form) {
        Map<String, GivenAnswer> out = new LinkedHashMap<>();
        List<String> shown = form.getOrDefault("shown", List.of());
        if (shown.size() > 200) {
            throw new InvalidInputException("Too many questions in this form.");
        }
        for (String qid : shown) {
            if (!qid.matches(QID)) {
                throw new InvalidInputException("A question id in this form is not valid.");
            }
            String kind = form.getFirst("k." + qid);
            GivenAnswer g;
            if ("choice".equals(kind)) {
                g = new GivenAnswer(numbers(form.getOrDefault("c." + qid, List.of())), null, null, null);
            } else if ("matching".equals(kind)) {
                int n = number(form.getFirst("n." + qid));
                Integer[] chosen = new Integer[Math.min(n, 100)];
                for (int i = 0; i < chosen.length; i++) {
                    String v = form.getFirst("m." + qid + "." + i);
                    chosen[i] = v == null || v.isEmpty() ? -1 : number(v);
                }
                g = new GivenAnswer(null, Arrays.asList(chosen), null, null);
            } else if ("ordering".equals(kind)) {
                String v = form.getFirst("o." + qid);
                g = v == null || v.isEmpty() ? GivenAnswer.NONE
                        : new GivenAnswer(null, null, numbers(Arrays.asList(v.split(","))), null);
            } else if ("text".equals(kind)) {
                g = new GivenAnswer(null, null, null, form.getFirst("t." + qid) == null ? "" : form.getFirst("t." + qid));
            } else {
                throw new InvalidInputException("The form does not say what kind of question '" + qid + "' is.");
            }
            out.put(qid, g);
        }
        return out;
    }

    private static List<Integer> numbers(List<String> values) {
        if (values.size() > 100) {
            throw new InvalidInputException("Too many values in this form.");
        }
        return values.stream().map(AttemptsResource::number).toList();
    }

    private static int number(String v) {
        if (v == null || !v.trim().matches("-?[0-9]{1,4}")) {
            throw new InvalidInputException("A value in this form is not a number.");
        }
        return Integer.parseInt(v.trim());
    }
}
