package org.maple.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running application over HTTP, on H2 and (tag "db") on PostgreSQL: roles, login throttling,
 * progress kept and resumed, content reloads creating versions without disturbing a learner,
 * bad input answered with 4xx problems.
 */
@Tag("db")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LearningJourneyIT {

    static final String COURSE = "mutual-aid-essentials";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("journey", Deployments.contentCopy("journey"));
    }

    static Path content() {
        return Deployments.contentCopyPath("journey");
    }

    @Test
    void learnerIsRefusedManagerTrainerAndAdminPagesAndEndpoints() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        for (String page : List.of("admin/identity/staff.xhtml", "admin/course/content.xhtml",
                "manager/course/team.xhtml", "trainer/course/courses.xhtml")) {
            assertEquals(403, learner.get(page).statusCode(), page);
        }
        assertEquals(403, learner.get("api/teams").statusCode());
        assertEquals(403, learner.post("api/admin/content/reload").statusCode());
        assertEquals(403, learner.get("api/admin/content/problems").statusCode());
        assertEquals(403, learner.get("api/courses/" + COURSE + "/versions").statusCode());
        assertEquals(200, learner.get("learner/course/induction.xhtml").statusCode());
    }

    @Test
    void managerSeesOnlyTheirOwnTeam() {
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        JsonArray teams = manager.json("api/teams").asJsonArray();
        assertEquals(1, teams.size());
        long own = teams.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject progress = manager.json("api/teams/" + own + "/progress").asJsonObject();
        assertEquals(4, progress.getJsonArray("members").size());
        HttpResponse<String> other = manager.get("api/teams/" + (own + 1) + "/progress");
        assertEquals(404, other.statusCode());
        assertEquals(403, manager.get("admin/identity/staff.xhtml").statusCode());
        assertEquals(200, manager.get("manager/course/team.xhtml").statusCode());
    }

    @Test
    void anonymousRequestsGoToTheLoginPageOrGet401() {
        ApiClient anonymous = new ApiClient(base);
        for (String page : List.of("learner/course/induction.xhtml", "admin/identity/staff.xhtml", "manager/course/team.xhtml")) {
            HttpResponse<String> r = anonymous.get(page);
            assertEquals(302, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Location").orElse("").contains("login.xhtml"), page);
        }
        assertEquals(401, anonymous.get("api/me/progress").statusCode());
        assertEquals(401, anonymous.get("api/courses").statusCode());
        assertEquals(200, anonymous.get("login.xhtml").statusCode());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        ApiClient client = new ApiClient(base);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, client.signIn("jo@maple.test", "wrong-password").statusCode());
        }
        assertEquals(429, client.signIn("jo@maple.test", "wrong-password").statusCode());
        HttpResponse<String> right = client.signIn("jo@maple.test", "maple-demo");
        assertEquals(429, right.statusCode(), "the right password does not open a locked account");
        assertTrue(right.body().contains("locked"));
    }

    @Test
    void theLessonPagesPlainFormsGoOnToTheNextPageAndRefuseOtherSites() {
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        HttpResponse<String> imported = admin.post("api/admin/staff/import",
                "name,email,role,team,start_date\nFern Plainform,fern.plainform@maple.test,learner,Riverside Recovery Team,2026-01-05\n", "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        ApiClient learner = new ApiClient(base);
        assertEquals(200, learner.signIn("fern.plainform@maple.test", ApiClient.parse(imported.body()).asJsonObject()
                .getJsonArray("imported").getJsonObject(0).getString("temporaryPassword")).statusCode());
        JsonArray lessons = learner.json("api/courses/" + COURSE).asJsonObject().getJsonArray("lessons");
        String first = lessons.getJsonObject(0).getString("id");
        String second = lessons.getJsonObject(1).getString("id");
        String page = learner.get("learner/course/lesson.xhtml?c=" + COURSE + "&l=" + first).body();
        String action = "api/me/courses/" + COURSE + "/lessons/" + first + "/done/next";
        assertTrue(page.contains(action), "the lesson page's form posts to " + action);
        assertFalse(page.contains("jakarta.faces.ViewState"), "the lesson page keeps no Faces view state");
        String self = base.getProtocol() + "://" + base.getAuthority();

        HttpResponse<String> forged = learner.postForm(action, "", "https://elsewhere.example");
        assertEquals(403, forged.statusCode(), forged.body());
        assertFalse(learner.json("api/me/courses/" + COURSE).asJsonObject().getJsonArray("lessons")
                .getJsonObject(0).getBoolean("done"), "a forged post marks nothing done");

        HttpResponse<String> posted = learner.postForm(action, "", self);
        assertEquals(303, posted.statusCode(), posted.body());
        String next = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(next.contains("learner/course/lesson.xhtml") && next.contains("l=" + second) && next.contains("done=" + first), next);
        assertTrue(learner.get(next.substring(next.indexOf("learner/"))).body().contains("Lesson marked as done"));

        HttpResponse<String> out = learner.postForm("api/session/end", "", self);
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElseThrow().contains("login.xhtml?signedOut=true"));
        assertEquals(401, learner.get("api/me/progress").statusCode(), "signed out");
    }

    @Test
    void progressIsKeptAndResumedAfterSigningOutAndInAndADoubleClickCountsOnce() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        JsonArray lessons = learner.json("api/courses/" + COURSE).asJsonObject().getJsonArray("lessons");
        String first = lessons.getJsonObject(0).getString("id");
        String second = lessons.getJsonObject(1).getString("id");
        assertEquals(200, learner.get("learner/course/lesson.xhtml?c=" + COURSE + "&l=" + first).statusCode());
        String done = "api/me/courses/" + COURSE + "/lessons/" + first + "/done";
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> learner.post(done));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> learner.post(done));
        assertEquals(200, a.join().statusCode(), a.join().body());
        assertEquals(200, b.join().statusCode(), b.join().body());
        HttpResponse<String> page = learner.get("learner/course/lesson.xhtml?c=" + COURSE + "&l=" + second);
        assertEquals(200, page.statusCode());
        assertEquals(204, learner.delete("api/session").statusCode());
        assertEquals(401, learner.get("api/me/progress").statusCode());

        ApiClient again = ApiClient.signedIn(base, "learner@maple.test");
        JsonObject outline = again.json("api/me/courses/" + COURSE).asJsonObject();
        assertEquals(1, outline.getJsonArray("lessons").stream()
                .filter(l -> l.asJsonObject().getBoolean("done")).count());
        assertEquals(second, outline.getString("resumeLessonKey"));
        JsonObject mine = again.json("api/me/progress").asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("code").equals(COURSE)).findFirst().orElseThrow();
        assertEquals(1, mine.getInt("lessonsDone"));
        assertEquals("IN_PROGRESS", mine.getString("status"));
    }

    @Test
    void reloadMakesANewVersionOnlyWhenContentChangesAndLearnersMidCourseKeepTheirs() throws IOException {
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        ApiClient sam = ApiClient.signedIn(base, "sam@maple.test");  // demo: mid-way through version 1
        JsonObject before = sam.json("api/me/courses/" + COURSE).asJsonObject();
        assertEquals(1, before.getInt("versionNo"));

        JsonObject unchanged = ApiClient.parse(admin.post("api/admin/content/reload").body()).asJsonObject();
        assertTrue(unchanged.getJsonArray("newVersions").isEmpty(), unchanged.toString());

        Path lesson = content().resolve("content/" + COURSE + "/what-mutual-aid-is.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nA sentence added by a trainer.\n");
        Path broken = Files.createDirectories(content().resolve("content/broken-course"));
        Files.writeString(broken.resolve("course.yaml"), "id: broken-course\ntitle: [unclosed\n");
        HttpResponse<String> reload = admin.post("api/admin/content/reload");
        assertEquals(200, reload.statusCode(), reload.body());
        JsonObject changed = ApiClient.parse(reload.body()).asJsonObject();
        assertEquals(List.of(COURSE + " v2"), changed.getJsonArray("newVersions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        JsonArray problems = admin.json("api/admin/content/problems").asJsonArray();
        assertTrue(problems.stream().map(v -> v.asJsonObject())
                .anyMatch(p -> p.getString("file").equals("content/broken-course/course.yaml") && p.getInt("line") > 0),
                problems.toString());

        JsonObject samAfter = sam.json("api/me/courses/" + COURSE).asJsonObject();
        assertEquals(1, samAfter.getInt("versionNo"), "a learner mid-course stays on their version");
        assertTrue(samAfter.getBoolean("newerVersionExists"));
        assertEquals(before.getJsonArray("lessons"), samAfter.getJsonArray("lessons"));
        JsonObject fresh = admin.json("api/me/courses/" + COURSE).asJsonObject();
        assertEquals(2, fresh.getInt("versionNo"), "someone starting now gets the newest version");
        assertEquals(2, admin.json("api/courses/" + COURSE + "/versions").asJsonArray().size());
        assertFalse(admin.json("api/courses").asJsonArray().isEmpty());
    }

    @Test
    void badInputGetsAClear4xxNeverAStackTrace() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        HttpResponse<String> unknown = learner.get("api/courses/no-such-course");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("no-such-course"));
        HttpResponse<String> invalid = learner.get("api/courses/NOT%20AN%20ID");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertEquals(404, learner.get("api/teams/abc/progress").statusCode());
        assertEquals(404, learner.post("api/me/courses/" + COURSE + "/lessons/no-such-lesson/done").statusCode());
        assertEquals(400, new ApiClient(base).post("api/session", "", "application/x-www-form-urlencoded").statusCode());
        assertEquals(413, learner.postExpecting("api/session", "x".repeat(1_100_000), "application/x-www-form-urlencoded").statusCode());
        assertEquals(404, learner.get("learner/course/course.xhtml?c=no-such-course").statusCode());
        for (HttpResponse<String> r : List.of(unknown, invalid)) {
            assertFalse(r.body().contains("Exception"), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        }
    }

    @Test
    void healthAndOpenApiAreServed() {
        ApiClient anonymous = new ApiClient(base);
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
        ApiClient server = new ApiClient(toUrl(root));
        HttpResponse<String> health = server.get("health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""));
        HttpResponse<String> openapi = server.get("openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/courses") || openapi.body().contains("/courses"), openapi.body());
        assertEquals(401, anonymous.get("api/teams").statusCode());
    }

    private static URL toUrl(String s) {
        try {
            return java.net.URI.create(s).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
