package org.maple.it;

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
        JsonObject overview = learner.json("api/me/quizzes/" + course).asJsonObject();
        if (overview.getBoolean("passed")) {
            return overview;
        }
        QuizKey key = QuizKey.of(course);
        JsonObject sheet = QuizIT.start(learner, course);
        long id = sheet.getJsonNumber("id").longValue();
        for (JsonValue v : sheet.getJsonArray("questions")) {
            QuizIT.save(learner, id, v.asJsonObject(), key.right(v.asJsonObject()));
        }
        JsonObject result = ApiClient.parse(QuizIT.ok(learner.postJson("api/me/attempts/" + id + "/submit", "{}"))).asJsonObject();
        if (!result.getBoolean("passed")) {
            throw new AssertionError("the quiz of " + course + " was not passed: " + result);
        }
        return result;
    }
}
