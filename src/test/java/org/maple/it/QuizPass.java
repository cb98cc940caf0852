package org.maple.it;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** For tests that need a course completed: passes its quiz through the API with the bank's key. */
public final class QuizPass {

    private QuizPass() {
    }

    /**
     * Starts (or resumes) an attempt, answers every question right, submits; returns the result.
     * When the quiz is already passed, does nothing and returns the quiz overview.
     */
    public static JsonObject pass(ApiClient learner, String course) {
        JsonObject overview = ApiClient.parse(ok(learner.get("api/me/quizzes/" + course))).asJsonObject();
        if (overview.getBoolean("passed")) {
            return overview;
        }
        QuizKey key = QuizKey.of(course);
        JsonObject sheet = ApiClient.parse(ok(learner.post("api/me/quizzes/" + course + "/attempts"))).asJsonObject();
        long id = sheet.getJsonNumber("id").longValue();
        for (JsonValue v : sheet.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            ok(learner.putJson("api/me/attempts/" + id + "/answers/" + q.getString("id"), key.right(q)));
        }
        JsonObject result = ApiClient.parse(ok(learner.postJson("api/me/attempts/" + id + "/submit", "{}"))).asJsonObject();
        if (!result.getBoolean("passed")) {
            throw new AssertionError("the quiz of " + course + " was not passed: " + result);
        }
        return result;
    }

    private static String ok(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new AssertionError(r.request().method() + " " + r.uri() + " gave " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
