package org.maple.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maple.it.QuizIT.ok;
import static org.maple.it.QuizIT.personId;
import static org.maple.it.QuizIT.start;

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
 * What the trainer quiz pages rely on, beyond {@link QuizIT}: the pages are for trainers and
 * admins only (a manager reaches only the grant page of their own team); a timed attempt past its
 * limit and grace is closed and refuses answers, and a per-person extension lets it through;
 * applying a regrade twice (one after the other or at once) regrades once, with one audit record
 * carrying the reason; a regrade to a chosen bank version.
 */
@Tag("db")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class QuizTrainerIT {

    static final String REGRADE_COURSE = "family-groups";
    static final String TIMED_COURSE = "smart-recovery";
    static final List<String> TIMED_OBJECTIVES = List.of("what-smart-is", "four-points", "meetings", "alongside",
            "professional-role", "pilot-referral");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        Path copy = Deployments.contentCopy("quiztrainer");
        Files.writeString(copy.resolve("quizzes/" + REGRADE_COURSE + ".yaml"), QuizIT.regradeBank(true));
        Files.writeString(copy.resolve("quizzes/" + TIMED_COURSE + ".yaml"), timedBank(5));
        return Deployments.app("quiztrainer", copy).addClass(QuizClockFixture.class);
    }

    @Test
    void trainerQuizPagesAreForTrainersAndAdminsAndAManagerGrantsOnlyToTheirTeam() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        long samId = personId(manager, "sam@maple.test");
        long trainerId = trainer.json("api/session").asJsonObject().getJsonNumber("id").longValue();
        String c = "?c=" + REGRADE_COURSE;
        List<String> pages = List.of("trainer/quiz/quizzes.xhtml", "trainer/quiz/statistics.xhtml" + c,
                "trainer/quiz/regrade.xhtml" + c, "trainer/quiz/gift.xhtml", "trainer/quiz/people.xhtml" + c,
                "trainer/quiz/grant.xhtml" + c + "&p=" + samId);
        for (String page : pages) {
            assertEquals(403, learner.get(page).statusCode(), "a learner may not open " + page);
            assertEquals(403, manager.get(page).statusCode(), "a manager may not open " + page);
            HttpResponse<String> t = trainer.get(page);
            assertEquals(200, t.statusCode(), page + ": " + t.body());
            assertEquals(200, admin.get(page).statusCode(), page);
        }
        assertTrue(trainer.get("trainer/quiz/quizzes.xhtml").body().contains("Family"), "the list names the courses");
        assertEquals(404, trainer.get("trainer/quiz/statistics.xhtml?c=no-such-course").statusCode());
        assertEquals(404, trainer.get("trainer/quiz/regrade.xhtml?c=no-such-course").statusCode());
        assertEquals(404, trainer.get("trainer/quiz/grant.xhtml" + c + "&p=999999999").statusCode());

        String grant = "manager/quiz/grant.xhtml" + c + "&p=";
        HttpResponse<String> own = manager.get(grant + samId);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("Sam Okafor"), "the grant page names the person");
        assertEquals(404, manager.get(grant + trainerId).statusCode(), "not in the manager's team");
        assertEquals(403, learner.get(grant + samId).statusCode());
        assertTrue(manager.get("manager/course/team.xhtml").body().contains("manager/quiz/grant.xhtml"),
                "the team page links each course row to its grant page");
    }

    @Test
    void aTimedAttemptPastItsLimitIsClosedAndAPerPersonExtensionLetsItThrough() {
        ApiClient jo = ApiClient.signedIn(base, "jo@maple.test");
        JsonObject sheet = start(jo, TIMED_COURSE);
        long id = sheet.getJsonNumber("id").longValue();
        JsonArray questions = sheet.getJsonArray("questions");
        assertTrue(sheet.getJsonNumber("secondsLeft").longValue() <= 300, sheet.toString());
        answer(jo, id, questions.getJsonObject(0), "True");

        // the limit and the 15 s grace have run out
        ok(jo.post("api/it-quiz/attempts/" + id + "/deadline?seconds=-20"));
        HttpResponse<String> late = jo.putJson("api/me/attempts/" + id + "/answers/" + questions.getJsonObject(1).getString("id"),
                choice(questions.getJsonObject(1), "True"));
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("time limit"), late.body());
        StringBuilder all = new StringBuilder("{");
        for (int i = 1; i < questions.size(); i++) {
            JsonObject q = questions.getJsonObject(i);
            all.append(i > 1 ? "," : "").append('"').append(q.getString("id")).append("\":").append(choice(q, "True"));
        }
        JsonObject result = ApiClient.parse(ok(jo.postJson("api/me/attempts/" + id + "/submit", all.append('}').toString())))
                .asJsonObject();
        assertEquals("time-limit", result.getString("closedBy"), "closed by the time limit, not by the late submit");
        assertEquals(16.7, result.getJsonNumber("percent").doubleValue(), "only the answer saved in time counts");
        assertFalse(result.getBoolean("passed"));

        // priya's time also runs out, but a trainer grants her ten more minutes: the open attempt is extended
        ApiClient priya = ApiClient.signedIn(base, "priya@maple.test");
        JsonObject hers = start(priya, TIMED_COURSE);
        long hid = hers.getJsonNumber("id").longValue();
        ok(priya.post("api/it-quiz/attempts/" + hid + "/deadline?seconds=-20"));
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        long priyaId = priya.json("api/session").asJsonObject().getJsonNumber("id").longValue();
        ok(trainer.post("api/quizzes/" + TIMED_COURSE + "/grants", "person=" + priyaId + "&minutes=10&reason="
                + ApiClient.enc("Reasonable adjustment: dyslexia"), "application/x-www-form-urlencoded"));
        JsonObject extended = priya.json("api/me/attempts/" + hid).asJsonObject();
        assertTrue(extended.getBoolean("open"), extended.toString());
        assertTrue(extended.getJsonNumber("secondsLeft").longValue() > 500, "about 9 minutes 40 left: " + extended);
        for (JsonValue v : hers.getJsonArray("questions")) {
            answer(priya, hid, v.asJsonObject(), "True");
        }
        JsonObject passed = ApiClient.parse(ok(priya.postJson("api/me/attempts/" + hid + "/submit", "{}"))).asJsonObject();
        assertEquals("learner", passed.getString("closedBy"));
        assertEquals(100.0, passed.getJsonNumber("percent").doubleValue());

        // an extension granted beforehand lengthens the next attempt's limit: 5 + 7 minutes for sam
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        long samId = personId(manager, "sam@maple.test");
        HttpResponse<String> none = manager.post("api/quizzes/" + TIMED_COURSE + "/grants", "person=" + samId
                + "&minutes=0&attempts=0&reason=nothing", "application/x-www-form-urlencoded");
        assertEquals(400, none.statusCode(), none.body());
        ok(manager.post("api/quizzes/" + TIMED_COURSE + "/grants", "person=" + samId + "&minutes=7&reason="
                + ApiClient.enc("Extra time agreed at supervision"), "application/x-www-form-urlencoded"));
        ApiClient sam = ApiClient.signedIn(base, "sam@maple.test");
        long left = start(sam, TIMED_COURSE).getJsonNumber("secondsLeft").longValue();
        assertTrue(left > 11 * 60 && left <= 12 * 60, "12 minutes: " + left);
    }

    @Test
    void applyingARegradeTwiceRegradesOnceWithOneAuditRecordAndItsReason() throws IOException {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        JsonObject sheet = start(learner, REGRADE_COURSE);
        long id = sheet.getJsonNumber("id").longValue();
        for (JsonValue v : sheet.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            answer(learner, id, q, Integer.parseInt(q.getString("id").substring(3)) <= 3 ? "True" : "False");
        }
        assertEquals(60.0, ApiClient.parse(ok(learner.postJson("api/me/attempts/" + id + "/submit", "{}"))).asJsonObject()
                .getJsonNumber("percent").doubleValue());

        Files.writeString(Deployments.contentCopyPath("quiztrainer").resolve("quizzes/" + REGRADE_COURSE + ".yaml"),
                QuizIT.regradeBank(false));
        assertEquals(200, ApiClient.signedIn(base, "admin@maple.test").post("api/admin/content/reload").statusCode());
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        String regrade = "api/quizzes/" + REGRADE_COURSE + "/regrade";

        JsonObject dry = ApiClient.parse(ok(trainer.post(regrade))).asJsonObject();
        assertEquals(2, dry.getInt("bankVersion"));
        assertEquals(1, dry.getJsonArray("changes").size(), dry.toString());
        assertEquals("Alex Taylor", dry.getJsonArray("changes").getJsonObject(0).getString("personName"));
        assertEquals(0, ApiClient.parse(ok(trainer.post(regrade + "?version=1"))).asJsonObject().getJsonArray("changes").size(),
                "version 1 is the one the attempt was graded with");
        assertEquals(404, trainer.post(regrade + "?version=99").statusCode());
        HttpResponse<String> noReason = trainer.post(regrade + "?apply=true&version=2");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());

        // a double click: two applies at once
        String apply = regrade + "?apply=true&version=2&reason=" + ApiClient.enc("Key of rg-4 corrected");
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> trainer.post(apply));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> trainer.post(apply));
        int changed = ApiClient.parse(ok(a.join())).asJsonObject().getJsonArray("changes").size()
                + ApiClient.parse(ok(b.join())).asJsonObject().getJsonArray("changes").size();
        assertEquals(1, changed, "one of the two applies regraded the attempt, the other found nothing left");
        assertEquals(0, ApiClient.parse(ok(trainer.post(apply))).asJsonObject().getJsonArray("changes").size(), "and again: nothing");
        JsonArray audit = trainer.json("api/quizzes/" + REGRADE_COURSE + "/regrades").asJsonArray();
        assertEquals(1, audit.size(), "one audit record: " + audit);
        JsonObject record = audit.getJsonObject(0);
        assertEquals("Key of rg-4 corrected", record.getString("reason"));
        assertEquals("Tomasz Nowak", record.getString("appliedBy"));
        assertEquals(2, record.getInt("bankVersion"));
        JsonObject line = record.getJsonArray("changes").getJsonObject(0);
        assertEquals("Alex Taylor", line.getString("personName"));
        assertEquals(60.0, line.getJsonNumber("percentBefore").doubleValue());
        assertEquals(80.0, line.getJsonNumber("percentAfter").doubleValue());
        assertTrue(line.getBoolean("passedAfter"));
        JsonObject result = learner.json("api/me/attempts/" + id + "/result").asJsonObject();
        assertEquals(80.0, result.getJsonNumber("percent").doubleValue());
        JsonObject rg4 = result.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("id").equals("rg-4")).findFirst().orElseThrow();
        assertTrue(rg4.getBoolean("correct"), "the result page reviews rg-4 against the corrected key that gave the 80 %: " + rg4);

        // regrading back to version 1 would change it again: the dry run says so, and nothing moves
        JsonObject back = ApiClient.parse(ok(trainer.post(regrade + "?version=1"))).asJsonObject();
        assertEquals(1, back.getJsonArray("changes").size(), back.toString());
        assertNotEquals(back.getJsonArray("changes").getJsonObject(0).getJsonNumber("percentAfter").doubleValue(),
                learner.json("api/me/attempts/" + id + "/result").asJsonObject().getJsonNumber("percent").doubleValue());
        assertEquals(403, learner.get("api/quizzes/" + REGRADE_COURSE + "/regrades").statusCode());
    }

    // ------------------------------------------------------------------ helpers

    /** Answers a true/false question with the option whose text is {@code text}. */
    static void answer(ApiClient client, long attempt, JsonObject question, String text) {
        ok(client.putJson("api/me/attempts/" + attempt + "/answers/" + question.getString("id"), choice(question, text)));
    }

    static String choice(JsonObject question, String text) {
        int pos = question.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("text")).toList()
                .indexOf(text);
        return "{\"choice\":[" + pos + "]}";
    }

    /** Six true/false questions (key: true) for smart-recovery, one per objective, with a time limit. */
    static String timedBank(int minutes) {
        StringBuilder s = new StringBuilder("""
                course: smart-recovery
                quiz:
                  perObjective: 1
                  passMark: 80
                  maxAttempts: 3
                  shuffleQuestions: false
                  shuffleOptions: false
                  timeLimitMinutes: %d
                  feedback: standard

                questions:
                """.formatted(minutes));
        for (int i = 0; i < TIMED_OBJECTIVES.size(); i++) {
            s.append("  - id: tl-").append(i + 1).append('\n')
                    .append("    type: truefalse\n")
                    .append("    objective: ").append(TIMED_OBJECTIVES.get(i)).append('\n')
                    .append("    danos: [AF1]\n")
                    .append("    stem: Timed test statement ").append(i + 1).append(".\n")
                    .append("    explanation: Test explanation ").append(i + 1).append(".\n")
                    .append("    answer: true\n")
                    .append("    feedbackTrue: Feedback for True.\n")
                    .append("    feedbackFalse: Feedback for False.\n");
        }
        return s.toString();
    }
}
