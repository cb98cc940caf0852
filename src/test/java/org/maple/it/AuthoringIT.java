package org.maple.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * Trainer authoring over HTTP, on H2 and (tag "db") PostgreSQL: publishing while a learner is
 * mid-course, a published version surviving a content reload, history, diff and restore, preview
 * recording nothing, the optimistic lock, export → import round trip byte for byte, GIFT and images,
 * the audit trail, and every authoring endpoint and page refused to learners and managers.
 */
@Tag("db")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

    static final Path REPO = Path.of(System.getProperty("maple.root", ".")).toAbsolutePath();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("authoring", Deployments.contentCopy("authoring"));
    }

    @Test
    void learnersAndManagersAreRefusedEveryAuthoringEndpointAndPage() {
        String c = "mutual-aid-essentials";
        List<String[]> endpoints = List.of(
                new String[] {"GET", "api/authoring/courses", ""}, new String[] {"POST", "api/authoring/courses/" + c + "/draft", ""},
                new String[] {"GET", "api/authoring/courses/" + c + "/draft", ""},
                new String[] {"DELETE", "api/authoring/courses/" + c + "/draft", ""},
                new String[] {"PUT", "api/authoring/courses/" + c + "/draft/file", "{\"path\":\"content/" + c + "/course.yaml\",\"content\":\"x\",\"version\":1}"},
                new String[] {"POST", "api/authoring/courses/" + c + "/draft/lessons", "{\"key\":\"x\",\"title\":\"X\"}"},
                new String[] {"DELETE", "api/authoring/courses/" + c + "/draft/lessons/x", ""},
                new String[] {"PUT", "api/authoring/courses/" + c + "/draft/order", "[\"a\"]"},
                new String[] {"GET", "api/authoring/courses/" + c + "/draft/diff", ""},
                new String[] {"POST", "api/authoring/courses/" + c + "/publish", "{\"note\":\"n\"}"},
                new String[] {"GET", "api/authoring/courses/" + c + "/versions", ""},
                new String[] {"GET", "api/authoring/courses/" + c + "/diff?from=1&to=1", ""},
                new String[] {"POST", "api/authoring/courses/" + c + "/versions/1/restore", "{\"note\":\"n\"}"},
                new String[] {"GET", "api/authoring/courses/" + c + "/preview/lessons/what-mutual-aid-is", ""},
                new String[] {"GET", "api/authoring/courses/" + c + "/preview/quiz", ""},
                new String[] {"POST", "api/authoring/courses/" + c + "/preview/quiz", "{}"},
                new String[] {"GET", "api/authoring/courses/" + c + "/export", ""},
                new String[] {"GET", "api/authoring/courses/" + c + "/draft/export", ""},
                new String[] {"POST", "api/authoring/courses/" + c + "/draft/gift", "{\"text\":\"x\",\"objective\":\"define\"}"},
                new String[] {"GET", "api/authoring/audit", ""}, new String[] {"GET", "api/authoring/hints", ""},
                new String[] {"POST", "api/authoring/hints", "{\"term\":\"x\",\"suggestion\":\"y\"}"});
        for (String who : List.of("learner@maple.test", "manager@maple.test")) {
            ApiClient client = ApiClient.signedIn(base, who);
            for (String[] e : endpoints) {
                HttpResponse<String> r = e[2].isEmpty() && !e[0].equals("PUT") ? client.send(e[0], e[1], "", "application/json")
                        : client.send(e[0], e[1], e[2], e[2].startsWith("[") || e[2].startsWith("{") ? "application/json" : "text/plain");
                assertEquals(403, r.statusCode(), who + " " + e[0] + " " + e[1] + ": " + r.body());
            }
            assertEquals(403, client.send("POST", "api/authoring/preview/markdown", "# x", "text/plain").statusCode());
            assertEquals(403, client.send("POST", "api/authoring/hints/check", "addict", "text/plain").statusCode());
            assertEquals(403, client.send("POST", "api/authoring/import", "PK", "application/zip").statusCode());
            assertEquals(403, client.send("POST", "api/authoring/courses/" + c + "/images?name=a.png&alt=a", "x", "image/png").statusCode());
            for (String page : List.of("courses", "draft", "lesson", "bank", "history", "preview", "quiz", "audit", "hints")) {
                assertEquals(403, client.get("trainer/authoring/" + page + ".xhtml").statusCode(), who + " " + page);
            }
        }
        assertEquals(200, ApiClient.signedIn(base, "trainer@maple.test").get("api/authoring/courses").statusCode());
    }

    @Test
    void publishingKeepsALearnerMidCourseOnTheirVersionSurvivesAReloadAndCanBeRestored() {
        String c = "mutual-aid-essentials";
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        ApiClient sam = ApiClient.signedIn(base, "sam@maple.test"); // demo: part-way through version 1
        assertEquals(1, sam.json("api/me/courses/" + c).asJsonObject().getInt("versionNo"));

        JsonObject draft = open(trainer, c);
        JsonObject lesson = file(draft, "content/" + c + "/what-mutual-aid-is.md");
        String changed = lesson.getString("content") + "\nA sentence added in the editor.\n";
        HttpResponse<String> saved = trainer.putJson("api/authoring/courses/" + c + "/draft/file", save(lesson, changed));
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> noNote = trainer.postJson("api/authoring/courses/" + c + "/publish", "{\"note\":\" \"}");
        assertEquals(400, noNote.statusCode(), noNote.body());
        HttpResponse<String> published = trainer.postJson("api/authoring/courses/" + c + "/publish",
                "{\"note\":\"Added a sentence to lesson 1\"}");
        assertEquals(200, published.statusCode(), published.body());
        JsonObject p = ApiClient.parse(published.body()).asJsonObject();
        assertEquals(2, p.getInt("versionNo"));
        assertTrue(p.getBoolean("newCourseVersion"));

        JsonObject samAfter = sam.json("api/me/courses/" + c).asJsonObject();
        assertEquals(1, samAfter.getInt("versionNo"), "a learner mid-course stays on their version");
        assertTrue(samAfter.getBoolean("newerVersionExists"));
        ApiClient fresh = ApiClient.signedIn(base, "admin@maple.test");
        assertEquals(2, fresh.json("api/me/courses/" + c).asJsonObject().getInt("versionNo"), "a new learner gets the new version");

        HttpResponse<String> reload = fresh.post("api/admin/content/reload");
        assertEquals(200, reload.statusCode(), reload.body());
        assertFalse(reload.body().contains(c + " v"), "unchanged files make no version: " + reload.body());
        assertEquals(2, fresh.json("api/courses/" + c).asJsonObject().getJsonObject("course").getInt("version"),
                "the published version survives the reload");

        JsonArray history = trainer.json("api/authoring/courses/" + c + "/versions").asJsonArray();
        assertEquals("published", history.getJsonObject(0).getString("origin"));
        assertEquals("Added a sentence to lesson 1", history.getJsonObject(0).getString("note"));
        assertEquals("files", history.getJsonObject(1).getString("origin"));
        JsonObject diff = trainer.json("api/authoring/courses/" + c + "/diff?from=1&to=2").asJsonObject();
        JsonArray files = diff.getJsonArray("files");
        assertEquals(1, files.size(), diff.toString());
        assertTrue(files.getJsonObject(0).getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .anyMatch(l -> l.getString("kind").equals("+") && l.getString("text").contains("added in the editor")), diff.toString());

        HttpResponse<String> restored = trainer.postJson("api/authoring/courses/" + c + "/versions/1/restore", "{\"note\":\"Back to v1\"}");
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals(3, ApiClient.parse(restored.body()).asJsonObject().getInt("versionNo"));
        assertTrue(trainer.json("api/authoring/courses/" + c + "/diff?from=1&to=3").asJsonObject().getJsonArray("files").isEmpty());
        assertEquals(1, sam.json("api/me/courses/" + c).asJsonObject().getInt("versionNo"));

        JsonArray audit = trainer.json("api/authoring/audit?course=" + c).asJsonArray();
        List<String> actions = audit.stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("created", "changed", "published", "restored")), actions.toString());
        JsonObject pub = audit.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("action").equals("published"))
                .findFirst().orElseThrow();
        assertEquals(2, pub.getInt("version"));
        assertTrue(pub.getString("actor").contains("Tomasz Nowak"), pub.toString());
    }

    @Test
    void previewShowsTheDraftAndRecordsNothing() {
        String c = "smart-recovery";
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        JsonObject draft = open(trainer, c);
        String key = draft.getJsonArray("lessonOrder").getString(0);
        JsonObject lesson = file(draft, "content/" + c + "/" + key + ".md");
        trainer.putJson("api/authoring/courses/" + c + "/draft/file", save(lesson, lesson.getString("content")
                + "\nOnly in the draft: <script>alert(1)</script>\n"));
        JsonObject page = trainer.json("api/authoring/courses/" + c + "/preview/lessons/" + key).asJsonObject();
        assertTrue(page.getString("html").contains("Only in the draft"), "the draft is shown");
        assertFalse(page.getString("html").contains("<script"), "sanitised exactly as lessons are");
        assertEquals(200, trainer.get("trainer/authoring/preview.xhtml?c=" + c + "&l=" + key).statusCode());

        JsonObject paper = trainer.json("api/authoring/courses/" + c + "/preview/quiz?seed=7").asJsonObject();
        JsonArray questions = paper.getJsonArray("questions");
        assertFalse(questions.isEmpty());
        StringBuilder answers = new StringBuilder("{");
        for (JsonValue v : questions) {
            JsonObject q = v.asJsonObject();
            if (List.of("single", "truefalse", "multiple").contains(q.getString("type"))) {
                answers.append(answers.length() > 1 ? "," : "").append('"').append(q.getString("id")).append("\":{\"choice\":[0]}");
            }
        }
        HttpResponse<String> graded = trainer.postJson("api/authoring/courses/" + c + "/preview/quiz?seed=7", answers + "}");
        assertEquals(200, graded.statusCode(), graded.body());
        JsonObject result = ApiClient.parse(graded.body()).asJsonObject();
        assertEquals(questions.size(), result.getJsonArray("questions").size());
        assertTrue(result.getInt("possible") > 0);

        JsonObject outline = trainer.json("api/me/courses/" + c).asJsonObject();
        assertTrue(List.of("NOT_STARTED", "OVERDUE").contains(outline.getString("status")), "not started: " + outline);
        assertTrue(trainer.json("api/me/progress").asJsonArray().stream()
                .noneMatch(p -> p.asJsonObject().getString("code").equals(c)), "no enrolment from previewing");
        assertEquals(0, outline.getJsonArray("lessons").stream().filter(l -> l.asJsonObject().getBoolean("done")).count());
        assertEquals(0, trainer.json("api/me/quizzes/" + c).asJsonObject().getInt("attemptsUsed"), "no attempt");
        assertTrue(trainer.json("api/quizzes/" + c + "/statistics").asJsonArray().stream()
                .allMatch(s -> s.asJsonObject().getInt("attempts") == 0), "no statistics");
        assertEquals(204, trainer.delete("api/authoring/courses/" + c + "/draft").statusCode());
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedWithAWayToSeeTheOtherChange() {
        String c = "family-groups";
        ApiClient tomasz = ApiClient.signedIn(base, "trainer@maple.test");
        ApiClient ada = ApiClient.signedIn(base, "admin@maple.test");
        JsonObject yaml = file(open(tomasz, c), "content/" + c + "/course.yaml");
        JsonObject adasCopy = file(ada.json("api/authoring/courses/" + c + "/draft").asJsonObject(), "content/" + c + "/course.yaml");
        HttpResponse<String> first = tomasz.putJson("api/authoring/courses/" + c + "/draft/file",
                save(yaml, yaml.getString("content").replaceFirst("estimatedMinutes: \\d+", "estimatedMinutes: 95")));
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = ada.putJson("api/authoring/courses/" + c + "/draft/file",
                save(adasCopy, adasCopy.getString("content") + "# Ada's edit\n"));
        assertEquals(409, second.statusCode(), second.body());
        String detail = ApiClient.parse(second.body()).asJsonObject().getString("detail");
        assertTrue(detail.contains("Tomasz Nowak") && detail.contains("not saved") && detail.contains("/draft"), detail);
        JsonObject now = file(ada.json("api/authoring/courses/" + c + "/draft").asJsonObject(), "content/" + c + "/course.yaml");
        assertTrue(now.getString("content").contains("estimatedMinutes: 95"), "the other change is there to see");
        HttpResponse<String> again = ada.putJson("api/authoring/courses/" + c + "/draft/file", save(now,
                now.getString("content").replace("estimatedMinutes: 95", "estimatedMinutes: -5") + "# Ada's edit\n"));
        assertEquals(200, again.statusCode(), again.body());
        JsonObject verdict = ApiClient.parse(again.body()).asJsonObject();
        assertTrue(verdict.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getInt("line") > 0 && p.getString("reason").contains("estimatedMinutes")), verdict.toString());
        String page = ada.get("trainer/authoring/draft.xhtml?c=" + c).body();
        int field = page.indexOf("id=\"minutes-problems\"");
        assertTrue(field > 0 && page.indexOf("Problem (line", field) > field
                && page.indexOf("Problem (line", field) < page.indexOf("id=\"induction-problems\""), "the problem is shown beside its field");
        assertEquals(204, ada.delete("api/authoring/courses/" + c + "/draft").statusCode());
    }

    @Test
    void anExportedCourseIsTheRepositoryFilesAndImportingItGivesTheSameCourse() throws Exception {
        String c = "twelve-step-fellowships";
        Bytes trainer = new Bytes(base, "trainer@maple.test");
        HttpResponse<byte[]> zip = trainer.get("api/authoring/courses/" + c + "/export");
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> entries = unzip(zip.body());
        assertTrue(entries.containsKey("content/" + c + "/course.yaml") && entries.containsKey("quizzes/" + c + ".yaml"),
                entries.keySet().toString());
        assertEquals(9, entries.size(), "course.yaml, 7 lessons and the bank: " + entries.keySet());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertArrayEquals(Files.readAllBytes(REPO.resolve(e.getKey())), e.getValue(), e.getKey() + " is byte-for-byte the repository file");
        }
        HttpResponse<byte[]> imported = trainer.post("api/authoring/import", zip.body(), "application/zip");
        assertEquals(200, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
        JsonObject report = ApiClient.parse(new String(imported.body(), StandardCharsets.UTF_8)).asJsonObject();
        assertEquals(9, report.getJsonArray("imported").size(), report.toString());
        assertTrue(report.getJsonArray("problems").isEmpty(), report.toString());
        ApiClient api = ApiClient.signedIn(base, "trainer@maple.test");
        assertTrue(api.json("api/authoring/courses/" + c + "/draft/diff").asJsonObject().getJsonArray("files").isEmpty());
        HttpResponse<String> published = api.postJson("api/authoring/courses/" + c + "/publish", "{\"note\":\"Round trip\"}");
        assertEquals(200, published.statusCode(), published.body());
        JsonObject p = ApiClient.parse(published.body()).asJsonObject();
        assertFalse(p.getBoolean("newCourseVersion"), "the same course: no new version");
        assertFalse(p.getBoolean("newBankVersion"));
        HttpResponse<byte[]> junk = trainer.post("api/authoring/import", "not a zip".getBytes(StandardCharsets.UTF_8), "application/zip");
        assertEquals(200, junk.statusCode());
        assertTrue(new String(junk.body(), StandardCharsets.UTF_8).contains("problems"));
    }

    @Test
    void giftImportReportsLinesAndImagesAreCheckedAndServedSafely() throws Exception {
        String c = "supervision-development";
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        open(trainer, c);
        JsonObject bad = ApiClient.parse(trainer.postJson("api/authoring/courses/" + c + "/draft/gift",
                "{\"text\":\"::ok:: A statement. {TRUE#Yes.#No.}\\n\\n::num:: How many? {#3}\\n\",\"objective\":\"any\"}").body())
                .asJsonObject();
        assertTrue(bad.getJsonArray("imported").isEmpty());
        assertTrue(bad.getJsonArray("problems").stream().map(JsonValue::asJsonObject).anyMatch(p -> p.getInt("line") == 3),
                bad.toString());
        JsonObject good = ApiClient.parse(trainer.postJson("api/authoring/courses/" + c + "/draft/gift",
                "{\"text\":\"::gift-tf:: Supervision is only for new staff. {FALSE#It is for everyone.#Right.}\\n\",\"objective\":\"any\",\"danos\":[\"AF1\"]}").body())
                .asJsonObject();
        assertEquals(List.of("gift-tf"), good.getJsonArray("imported").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertTrue(trainer.json("api/authoring/courses/" + c + "/draft").asJsonObject().getJsonArray("files").stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("kind").equals("bank"))
                .anyMatch(f -> f.getString("content").contains("id: gift-tf")));

        Bytes bytes = new Bytes(base, "trainer@maple.test");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertEquals(400, bytes.post("api/authoring/courses/" + c + "/images?name=chart.png", png, "image/png").statusCode(), "alt text required");
        assertEquals(400, bytes.post("api/authoring/courses/" + c + "/images?name=x.png&alt=x",
                "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8), "image/png").statusCode(), "type sniffed");
        HttpResponse<byte[]> up = bytes.post("api/authoring/courses/" + c + "/images?name=chart.png&alt="
                + URLEncoder.encode("A chart of attendance", StandardCharsets.UTF_8), png, "image/png");
        assertEquals(200, up.statusCode(), new String(up.body(), StandardCharsets.UTF_8));
        assertTrue(new String(up.body(), StandardCharsets.UTF_8).startsWith("![A chart of attendance]("));
        HttpResponse<byte[]> odd = bytes.post("api/authoring/courses/" + c + "/images?name=chart2.png&alt="
                + URLEncoder.encode("A [chart]\nof ]attendance", StandardCharsets.UTF_8), png, "image/png");
        assertTrue(new String(odd.body(), StandardCharsets.UTF_8).startsWith("![A chart of attendance]("),
                "alt text is one line without brackets in the Markdown: " + new String(odd.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> served = new Bytes(base, "learner@maple.test").get("api/lesson-images/" + c + "/chart.png");
        assertEquals(200, served.statusCode());
        assertArrayEquals(png, served.body());
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(served.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));

        HttpResponse<String> hints = trainer.send("POST", "api/authoring/hints/check", "The addict was clean.", "text/plain");
        assertEquals(200, hints.statusCode());
        assertEquals(2, ApiClient.parse(hints.body()).asJsonArray().size(), hints.body());
        assertEquals(409, trainer.postJson("api/authoring/hints", "{\"term\":\" Addict \",\"suggestion\":\"person who uses drugs\"}")
                .statusCode(), "a built-in term cannot be added again");
        assertEquals(204, trainer.delete("api/authoring/courses/" + c + "/draft").statusCode());
    }

    @Test
    void publishingADraftThatRemovesAGradedQuestionOffersItForRegrade() {
        String c = "supervision-development";
        ApiClient priya = ApiClient.signedIn(base, "priya@maple.test");
        QuizKey key = QuizKey.of(c);
        JsonObject sheet = QuizIT.start(priya, c);
        long attempt = sheet.getJsonNumber("id").longValue();
        for (JsonValue v : sheet.getJsonArray("questions")) {
            QuizIT.save(priya, attempt, v.asJsonObject(), key.right(v.asJsonObject()));
        }
        QuizIT.ok(priya.postJson("api/me/attempts/" + attempt + "/submit", "{}"));
        String removed = sheet.getJsonArray("questions").getJsonObject(0).getString("id");

        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        JsonObject bank = file(open(trainer, c), "quizzes/" + c + ".yaml");
        List<String> lines = bank.getString("content").lines().toList();
        int from = lines.indexOf("  - id: " + removed);
        int to = from + 1;
        while (to < lines.size() && !lines.get(to).startsWith("  - id: ")) {
            to++;
        }
        assertTrue(from > 0, removed);
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, from));
        kept.addAll(lines.subList(to, lines.size()));
        HttpResponse<String> saved = trainer.putJson("api/authoring/courses/" + c + "/draft/file",
                save(bank, String.join("\n", kept) + "\n"));
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> published = trainer.postJson("api/authoring/courses/" + c + "/publish",
                "{\"note\":\"Removed " + removed + "\"}");
        assertEquals(200, published.statusCode(), published.body());
        JsonObject p = ApiClient.parse(published.body()).asJsonObject();
        assertTrue(p.getBoolean("newBankVersion"), p.toString());
        assertTrue(p.getJsonArray("regradeQuestions").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .anyMatch(removed::equals), "a removed question with graded attempts is offered for regrade: " + p);
        assertEquals("POST /api/quizzes/" + c + "/regrade", p.getString("regradeDryRun"));
    }

    @Test
    void everyAuthoringPageRendersForATrainerAndTheDraftQuizIsMarkedOnThePage() {
        String c = "fama-facilitating-access";
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test");
        JsonObject draft = open(trainer, c);
        String lesson = draft.getJsonArray("lessonOrder").getString(0);
        String question = file(draft, "quizzes/" + c + ".yaml").getString("content").lines()
                .filter(l -> l.startsWith("  - id: ")).skip(3).findFirst().orElseThrow().substring(8).strip();
        for (String page : List.of("courses.xhtml", "draft.xhtml?c=" + c, "lesson.xhtml?c=" + c + "&l=" + lesson,
                "preview.xhtml?c=" + c + "&l=" + lesson, "bank.xhtml?c=" + c, "question.xhtml?c=" + c + "&q=" + question,
                "question.xhtml?c=" + c, "quiz.xhtml?c=" + c, "history.xhtml?c=" + c, "audit.xhtml", "hints.xhtml")) {
            HttpResponse<String> r = trainer.get("trainer/authoring/" + page);
            assertEquals(200, r.statusCode(), page + ": " + r.body());
            assertFalse(r.body().contains("Something went wrong"), page);
        }
        assertTrue(trainer.get("trainer/authoring/question.xhtml?c=" + c + "&q=" + question).body().contains("value=\"" + question + "\""));
        HttpResponse<String> marked = trainer.post("trainer/authoring/quiz.xhtml?c=" + c + "&seed=3", "grade=1",
                "application/x-www-form-urlencoded");
        assertEquals(200, marked.statusCode(), marked.body());
        assertTrue(marked.body().contains("id=\"preview-result\"") && marked.body().contains("Not passed"), "marked, nothing answered");
        assertEquals(0, trainer.json("api/me/quizzes/" + c).asJsonObject().getInt("attemptsUsed"));
        assertEquals(404, trainer.get("trainer/authoring/draft.xhtml?c=no-such-course").statusCode());
        assertEquals(204, trainer.delete("api/authoring/courses/" + c + "/draft").statusCode());
    }

    private static JsonObject open(ApiClient trainer, String c) {
        HttpResponse<String> r = trainer.post("api/authoring/courses/" + c + "/draft");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject d = ApiClient.parse(r.body()).asJsonObject();
        assertTrue(d.getBoolean("valid"), d.getJsonArray("problems").toString());
        return d;
    }

    private static JsonObject file(JsonObject draft, String path) {
        return draft.getJsonArray("files").stream().map(JsonValue::asJsonObject).filter(f -> f.getString("path").equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no " + path));
    }

    private static String save(JsonObject file, String content) {
        return Json.createObjectBuilder().add("path", file.getString("path")).add("content", content)
                .add("version", file.getJsonNumber("version").longValue()).build().toString();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** A signed-in client for binary bodies (ZIPs, images). */
    static final class Bytes {
        private final URL base;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        Bytes(URL base, String email) throws Exception {
            this.base = base;
            HttpResponse<byte[]> r = post("api/session", ("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=maple-demo").getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            assertEquals(200, r.statusCode());
        }

        HttpResponse<byte[]> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<byte[]> post(String path, byte[] body, String type) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
