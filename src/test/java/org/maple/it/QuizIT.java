package org.maple.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quiz engine in the running application, on H2 and (tag "db") on PostgreSQL: the whole attempt
 * lifecycle, limits against replayed and concurrent requests, grants, course completion needing the
 * pass, and a regrade dry run and apply after a trainer corrects a question.
 */
@Tag("db")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class QuizIT {

    static final String COURSE = "mutual-aid-essentials";
    static final String REGRADE_COURSE = "family-groups";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        Path copy = Deployments.contentCopy("quiz");
        Files.writeString(copy.resolve("quizzes/" + REGRADE_COURSE + ".yaml"), regradeBank(true));
        return Deployments.app("quiz", copy);
    }

    @Test
    void aWholeAttemptSavesAsItGoesGradesOnceAndCompletesTheCourseWithTheLessons() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        QuizKey key = QuizKey.of(COURSE);
        JsonObject overview = learner.json("api/me/quizzes/" + COURSE).asJsonObject();
        assertTrue(overview.getBoolean("hasQuiz"));
        assertEquals(0, overview.getInt("attemptsUsed"));
        assertEquals(3, overview.getInt("attemptsAllowed"));

        JsonObject sheet = start(learner, COURSE);
        long id = sheet.getJsonNumber("id").longValue();
        JsonArray questions = sheet.getJsonArray("questions");
        assertEquals(12, questions.size(), "2 questions for each of the 6 objectives");
        for (String secret : List.of("\"correct\"", "feedback", "explanation", "accepted")) {
            assertFalse(sheet.toString().contains(secret), "the sheet must not carry " + secret);
        }
        assertEquals(id, start(learner, COURSE).getJsonNumber("id").longValue(), "starting again resumes the open attempt");

        // half the answers, then the page is reloaded: they are there
        for (int i = 0; i < 6; i++) {
            save(learner, id, questions.getJsonObject(i), key.right(questions.getJsonObject(i)));
        }
        JsonObject again = learner.json("api/me/attempts/" + id).asJsonObject();
        assertEquals(6, again.getInt("answered"));
        assertEquals(questions.getJsonObject(0).getString("id"), again.getJsonArray("questions").getJsonObject(0).getString("id"),
                "the order is frozen for the attempt");
        for (int i = 6; i < 12; i++) {
            save(learner, id, questions.getJsonObject(i), key.right(questions.getJsonObject(i)));
        }

        // a double click on submit: both answered, graded once
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> learner.postJson("api/me/attempts/" + id + "/submit", "{}"));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> learner.postJson("api/me/attempts/" + id + "/submit", "{}"));
        JsonObject ra = ApiClient.parse(ok(a.join())).asJsonObject();
        JsonObject rb = ApiClient.parse(ok(b.join())).asJsonObject();
        assertEquals(100.0, ra.getJsonNumber("percent").doubleValue());
        assertTrue(ra.getBoolean("passed"));
        assertEquals(ra.getString("submittedAt"), rb.getString("submittedAt"), "graded once");
        assertTrue(ra.getBoolean("answersShown"), "passed: the key may be shown");
        assertFalse(ra.getBoolean("courseComplete"), "lessons are not done yet");

        assertEquals(409, learner.putJson("api/me/attempts/" + id + "/answers/" + questions.getJsonObject(0).getString("id"),
                "{\"choice\":[0]}").statusCode(), "no answer changes after submitting");
        HttpResponse<String> restart = learner.post("api/me/quizzes/" + COURSE + "/attempts");
        assertEquals(409, restart.statusCode(), restart.body());
        assertEquals(1, learner.json("api/me/quizzes/" + COURSE).asJsonObject().getInt("attemptsUsed"));

        completeAllLessons(learner, COURSE);
        assertEquals("COMPLETE", learner.json("api/me/courses/" + COURSE).asJsonObject().getString("status"));
    }

    @Test
    void theAttemptLimitHoldsAgainstConcurrentStartsAndSubmitsAndAGrantAddsOne() {
        ApiClient sam = ApiClient.signedIn(base, "sam@maple.test");
        QuizKey key = QuizKey.of(COURSE);
        for (int n = 1; n <= 3; n++) {
            CompletableFuture<HttpResponse<String>> s1 = CompletableFuture.supplyAsync(() -> sam.post("api/me/quizzes/" + COURSE + "/attempts"));
            CompletableFuture<HttpResponse<String>> s2 = CompletableFuture.supplyAsync(() -> sam.post("api/me/quizzes/" + COURSE + "/attempts"));
            JsonObject sheet = ApiClient.parse(ok(s1.join())).asJsonObject();
            assertEquals(sheet.getJsonNumber("id").longValue(), ApiClient.parse(ok(s2.join())).asJsonObject().getJsonNumber("id").longValue(),
                    "two tabs starting together get the same attempt");
            long id = sheet.getJsonNumber("id").longValue();
            for (JsonValue q : sheet.getJsonArray("questions")) {
                save(sam, id, q.asJsonObject(), key.wrong(q.asJsonObject()));
            }
            CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> sam.postJson("api/me/attempts/" + id + "/submit", "{}"));
            CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> sam.postJson("api/me/attempts/" + id + "/submit", "{}"));
            JsonObject result = ApiClient.parse(ok(a.join())).asJsonObject();
            ok(b.join());
            assertFalse(result.getBoolean("passed"));
            assertEquals(3 - n, result.getInt("attemptsLeft"));
            JsonObject firstQuestion = result.getJsonArray("questions").getJsonObject(0);
            assertEquals(n == 3, firstQuestion.containsKey("correctAnswer"),
                    "the correct answers are shown only once no attempt is left");
            assertTrue(firstQuestion.containsKey("correct"), "right/wrong is always shown under the standard policy");
        }
        HttpResponse<String> fourth = sam.post("api/me/quizzes/" + COURSE + "/attempts");
        assertEquals(409, fourth.statusCode(), fourth.body());
        assertTrue(fourth.body().contains("all 3 attempts"), fourth.body());

        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        long samId = personId(manager, "sam@maple.test");
        HttpResponse<String> noReason = manager.post("api/quizzes/" + COURSE + "/grants", "person=" + samId + "&attempts=1&reason=", "application/x-www-form-urlencoded");
        assertEquals(400, noReason.statusCode(), noReason.body());
        HttpResponse<String> grant = manager.post("api/quizzes/" + COURSE + "/grants",
                "person=" + samId + "&attempts=1&reason=" + ApiClient.enc("Off sick during the second attempt"), "application/x-www-form-urlencoded");
        assertEquals(200, grant.statusCode(), grant.body());
        long trainerId = ApiClient.signedIn(base, "trainer@maple.test").json("api/session").asJsonObject().getJsonNumber("id").longValue();
        assertEquals(404, manager.post("api/quizzes/" + COURSE + "/grants", "person=" + trainerId + "&attempts=1&reason=because",
                "application/x-www-form-urlencoded").statusCode(), "a manager grants only to their own team");
        assertEquals(403, sam.post("api/quizzes/" + COURSE + "/grants", "person=" + samId + "&attempts=5&reason=because",
                "application/x-www-form-urlencoded").statusCode(), "a learner cannot grant themselves attempts");

        JsonObject fifth = start(sam, COURSE);
        assertEquals(4, fifth.getInt("attemptNo"));
        assertEquals(4, fifth.getInt("attemptsAllowed"));
        assertEquals(1, manager.json("api/quizzes/" + COURSE + "/grants/" + samId).asJsonArray().size());
        assertEquals(403, sam.get("api/quizzes/" + COURSE + "/grants/" + samId).statusCode(), "a learner may not read grants");
    }

    @Test
    void anotherPersonsAttemptIsNotFoundAndBadAnswersAreRefusedClearly() {
        ApiClient jo = ApiClient.signedIn(base, "jo@maple.test");
        JsonObject sheet = start(jo, COURSE);
        long id = sheet.getJsonNumber("id").longValue();
        String qid = sheet.getJsonArray("questions").getJsonObject(0).getString("id");
        ApiClient priya = ApiClient.signedIn(base, "priya@maple.test");
        assertEquals(404, priya.get("api/me/attempts/" + id).statusCode());
        assertEquals(404, priya.putJson("api/me/attempts/" + id + "/answers/" + qid, "{\"choice\":[0]}").statusCode());
        assertEquals(404, priya.postJson("api/me/attempts/" + id + "/submit", "{}").statusCode());
        HttpResponse<String> garbage = jo.putJson("api/me/attempts/" + id + "/answers/" + qid, "not json");
        assertEquals(400, garbage.statusCode(), garbage.body());
        HttpResponse<String> outOfRange = jo.putJson("api/me/attempts/" + id + "/answers/" + qid,
                "{\"choice\":[99],\"matching\":[99],\"ordering\":[99],\"text\":\"x\"}");
        assertTrue(outOfRange.statusCode() == 400, outOfRange.body());
        assertTrue(outOfRange.body().contains("does not fit"), outOfRange.body());
        assertEquals(404, jo.putJson("api/me/attempts/" + id + "/answers/no-such-question", "{\"choice\":[0]}").statusCode());
        assertEquals(404, jo.get("api/me/attempts/abc").statusCode());
        assertEquals(404, jo.get("api/me/quizzes/no-such-course").statusCode());
        assertEquals(409, jo.get("api/me/attempts/" + id + "/result").statusCode(), "no result before submitting");
        assertEquals(200, jo.get("learner/quiz/attempt.xhtml?a=" + id).statusCode());
        assertEquals(404, priya.get("learner/quiz/attempt.xhtml?a=" + id).statusCode());
    }

    @Test
    void aRegradeDryRunChangesNothingAndApplyingItPassesAndCompletes() throws IOException {
        ApiClient priya = ApiClient.signedIn(base, "priya@maple.test");
        completeAllLessons(priya, REGRADE_COURSE);
        JsonObject sheet = start(priya, REGRADE_COURSE);
        long id = sheet.getJsonNumber("id").longValue();
        JsonArray questions = sheet.getJsonArray("questions");
        assertEquals(5, questions.size());
        // the bank's key says "true" for rg-1..rg-5; priya answers True to 1-3 and False to 4-5: 60 %
        for (JsonValue v : questions) {
            JsonObject q = v.asJsonObject();
            int n = Integer.parseInt(q.getString("id").substring(3));
            String wanted = n <= 3 ? "True" : "False";
            int pos = q.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("text")).toList().indexOf(wanted);
            save(priya, id, q, "{\"choice\":[" + pos + "]}");
        }
        JsonObject result = ApiClient.parse(ok(priya.postJson("api/me/attempts/" + id + "/submit", "{}"))).asJsonObject();
        assertEquals(60.0, result.getJsonNumber("percent").doubleValue());
        assertFalse(result.getBoolean("passed"));
        assertNotEquals("COMPLETE", priya.json("api/me/courses/" + REGRADE_COURSE).asJsonObject().getString("status"));

        // the trainer corrects question 4 (its key was wrong) and reloads
        Files.writeString(Deployments.contentCopyPath("quiz").resolve("quizzes/" + REGRADE_COURSE + ".yaml"), regradeBank(false));
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        assertEquals(200, admin.post("api/admin/content/reload").statusCode());
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        assertEquals(2, trainer.json("api/quizzes/" + REGRADE_COURSE + "/versions").asJsonArray().size());

        JsonObject dry = ApiClient.parse(ok(trainer.post("api/quizzes/" + REGRADE_COURSE + "/regrade"))).asJsonObject();
        assertFalse(dry.getBoolean("applied"));
        JsonArray changes = dry.getJsonArray("changes");
        assertEquals(1, changes.size(), dry.toString());
        JsonObject change = changes.getJsonObject(0);
        assertEquals(id, change.getJsonNumber("attemptId").longValue());
        assertEquals(60.0, change.getJsonNumber("percentBefore").doubleValue());
        assertEquals(80.0, change.getJsonNumber("percentAfter").doubleValue());
        assertTrue(change.getBoolean("passedAfter"));
        assertEquals(60.0, priya.json("api/me/attempts/" + id + "/result").asJsonObject().getJsonNumber("percent").doubleValue(),
                "a dry run changes nothing");

        assertEquals(403, priya.post("api/quizzes/" + REGRADE_COURSE + "/regrade?apply=true").statusCode());
        JsonObject applied = ApiClient.parse(ok(trainer.post("api/quizzes/" + REGRADE_COURSE + "/regrade?apply=true&reason=" + ApiClient.enc("Key of rg-4 corrected")))).asJsonObject();
        assertTrue(applied.getBoolean("applied"));
        assertEquals(1, applied.getJsonArray("changes").size());
        JsonObject after = priya.json("api/me/attempts/" + id + "/result").asJsonObject();
        assertEquals(80.0, after.getJsonNumber("percent").doubleValue());
        assertTrue(after.getBoolean("passed"));
        assertEquals("COMPLETE", priya.json("api/me/courses/" + REGRADE_COURSE).asJsonObject().getString("status"),
                "a learner who now passes completes the course");
        assertEquals(0, ApiClient.parse(ok(trainer.post("api/quizzes/" + REGRADE_COURSE + "/regrade"))).asJsonObject()
                .getJsonArray("changes").size(), "nothing left to regrade");

        JsonArray stats = trainer.json("api/quizzes/" + REGRADE_COURSE + "/statistics").asJsonArray();
        assertEquals(5, stats.size());
        assertEquals(1, stats.getJsonObject(0).getInt("attempts"));
    }

    @Test
    void giftExportAndImportCheckReportLines() {
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        HttpResponse<String> gift = trainer.get("api/quizzes/" + COURSE + "/gift");
        assertEquals(200, gift.statusCode());
        assertTrue(gift.body().contains("::") && gift.body().contains("{"), "GIFT text");
        HttpResponse<String> check = trainer.post("api/quizzes/gift/check", gift.body(), "text/plain");
        JsonObject c = ApiClient.parse(ok(check)).asJsonObject();
        assertTrue(c.getInt("questions") >= 30, c.toString());
        HttpResponse<String> bad = trainer.post("api/quizzes/gift/check", "::Q1:: Fine {=yes ~no}\n\n::Q2:: Numbers {#3:1}\n", "text/plain");
        JsonObject b = ApiClient.parse(ok(bad)).asJsonObject();
        assertEquals(1, b.getInt("questions"));
        assertEquals(3, b.getJsonArray("problems").getJsonObject(0).getInt("line"), b.toString());
        assertEquals(403, ApiClient.signedIn(base, "learner@maple.test").get("api/quizzes/" + COURSE + "/gift").statusCode());
    }

    // ------------------------------------------------------------------ helpers

    static JsonObject start(ApiClient client, String course) {
        return ApiClient.parse(ok(client.post("api/me/quizzes/" + course + "/attempts"))).asJsonObject();
    }

    static void save(ApiClient client, long attempt, JsonObject question, String answer) {
        ok(client.putJson("api/me/attempts/" + attempt + "/answers/" + question.getString("id"), answer));
    }

    static void completeAllLessons(ApiClient client, String course) {
        for (JsonValue l : client.json("api/me/courses/" + course).asJsonObject().getJsonArray("lessons")) {
            ok(client.post("api/me/courses/" + course + "/lessons/" + l.asJsonObject().getString("key") + "/done"));
        }
    }

    static long personId(ApiClient manager, String email) {
        for (JsonValue team : manager.json("api/teams").asJsonArray()) {
            long teamId = team.asJsonObject().getJsonNumber("id").longValue();
            for (JsonValue m : manager.json("api/teams/" + teamId + "/progress").asJsonObject().getJsonArray("members")) {
                if (m.asJsonObject().getString("email").equals(email)) {
                    return m.asJsonObject().getJsonNumber("personId").longValue();
                }
            }
        }
        throw new AssertionError(email + " is in none of the caller's teams");
    }

    static String ok(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new AssertionError(r.request().method() + " " + r.uri() + " gave " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** A five-question true/false bank for family-groups; {@code wrongKey}: question 4's key is (wrongly) "true". */
    static String regradeBank(boolean wrongKey) {
        String[] objectives = {"why-families", "tell-apart", "craft", "refer-al-anon", "right-group"};
        StringBuilder s = new StringBuilder("""
                course: family-groups
                quiz:
                  perObjective: 1
                  passMark: 80
                  maxAttempts: 3
                  shuffleQuestions: false
                  shuffleOptions: false
                  timeLimitMinutes: 0
                  feedback: standard

                questions:
                """);
        for (int i = 1; i <= 5; i++) {
            boolean answer = i != 4 || wrongKey ? true : false;
            s.append("  - id: rg-").append(i).append('\n')
                    .append("    type: truefalse\n")
                    .append("    objective: ").append(objectives[i - 1]).append('\n')
                    .append("    danos: [AB7]\n")
                    .append("    stem: Regrade test statement ").append(i).append(".\n")
                    .append("    explanation: Test explanation ").append(i).append(".\n")
                    .append("    answer: ").append(answer).append('\n')
                    .append("    feedbackTrue: Feedback for True.\n")
                    .append("    feedbackFalse: Feedback for False.\n");
        }
        return s.toString();
    }
}
