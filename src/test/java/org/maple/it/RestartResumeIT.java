package org.maple.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Nothing is lost when the server dies: a learner saves some answers, the Payara Micro process is
 * killed (SIGKILL, no shutdown), started again on the same embedded H2 files, and the learner — after
 * signing in again — resumes the same attempt with those answers there, and can finish it. Starts
 * the real server itself (not Arquillian), as an operator would.
 */
class RestartResumeIT {

    static final String COURSE = "mutual-aid-essentials";

    @Test
    void anAttemptSurvivesAKilledServer() throws Exception {
        Path root = Path.of(System.getProperty("maple.root", ".")).toAbsolutePath();
        Path work = root.resolve("target/restart-it");
        deleteTree(work);
        Files.createDirectories(work);
        int port = freePort();
        URL base = URI.create("http://localhost:" + port + "/").toURL();

        Process first = startServer(root, work, port);
        long attempt;
        List<String> saved = new ArrayList<>();
        try {
            ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
            QuizKey key = QuizKey.of(COURSE);
            JsonObject sheet = QuizIT.start(learner, COURSE);
            attempt = sheet.getJsonNumber("id").longValue();
            JsonArray questions = sheet.getJsonArray("questions");
            for (int i = 0; i < 3; i++) {
                JsonObject q = questions.getJsonObject(i);
                QuizIT.save(learner, attempt, q, key.right(q));
                saved.add(q.getString("id"));
            }
        } finally {
            first.destroyForcibly().waitFor(); // SIGKILL: no orderly shutdown, no flush on exit
        }

        Process second = startServer(root, work, port);
        try {
            ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
            JsonObject overview = learner.json("api/me/quizzes/" + COURSE).asJsonObject();
            assertEquals(attempt, overview.getJsonNumber("openAttemptId").longValue(), "the open attempt is still there");
            JsonObject sheet = learner.json("api/me/attempts/" + attempt).asJsonObject();
            assertEquals(3, sheet.getInt("answered"), "the answers saved before the crash are there");
            for (int i = 0; i < 3; i++) {
                JsonObject q = sheet.getJsonArray("questions").getJsonObject(i);
                assertEquals(saved.get(i), q.getString("id"), "same questions in the same order");
                assertTrue(q.getBoolean("answered"), q.toString());
            }
            JsonObject result = ApiClient.parse(QuizIT.ok(learner.postJson("api/me/attempts/" + attempt + "/submit", "{}"))).asJsonObject();
            JsonArray review = result.getJsonArray("questions");
            for (int i = 0; i < 12; i++) {
                assertEquals(i < 3, review.getJsonObject(i).getBoolean("correct"), "the answers saved before the crash are graded");
            }
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    static Process startServer(Path root, Path work, int port) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + work,
                "-jar", root.resolve("target/payara-micro.jar").toString(),
                "--deploy", root.resolve("target/maple.war").toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--rootdir", work.resolve("payara").toString(), "--nocluster",
                "--postbootcommandfile", root.resolve("deploy/payara/single-node.asadmin").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
        pb.environment().put("MAPLE_DATA_DIR", work.resolve("data").toString());
        pb.environment().put("MAPLE_DB_URL", "embedded");
        pb.environment().put("MAPLE_DEMO", "true");
        pb.environment().put("MAPLE_CONTENT_DIR", root.toString());
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the server stopped; see " + work.resolve("server.log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start within 4 minutes; see " + work.resolve("server.log"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var walk = Files.walk(p)) {
                walk.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
