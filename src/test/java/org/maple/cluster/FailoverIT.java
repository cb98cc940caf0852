package org.maple.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maple.cluster.ClusterClient.Answer;
import org.maple.it.QuizKey;

/**
 * The cluster proofs of issue 9, on one cluster for the class: PostgreSQL, two MAPLE instances in one
 * Payara data grid and nginx in front, all on loopback and started from {@code deploy/}.
 * <ul>
 * <li>Failover: a learner signs in through nginx, completes lessons, starts the course's quiz attempt
 * and answers half of it; the instance that served them last is killed with SIGKILL; the learner
 * carries on through nginx without signing in again (a Faces form whose view state the dead instance
 * issued, the rest of the lessons, the same attempt with its saved answers), passes, completes the
 * course and gets exactly one certificate; a background load runs all along and every request is
 * accounted for (the client retries only requests in flight at the kill); the killed instance
 * restarts, rejoins the grid and serves the same sessions. Prints what it measured.</li>
 * <li>Once per cluster: both instances started together, yet start-up work ran once.</li>
 * <li>Caches: content reloaded on instance 1 is served by instance 2 at once.</li>
 * </ul>
 *
 * <p>Not Arquillian: it starts its own processes. Skipped (and then failed by {@code .ci/run}) without nginx.
 */
class FailoverIT {

    static final String COURSE = "mutual-aid-essentials";

    /** One cluster for the class (a start costs a minute or two): every test leaves both instances running. */
    static MapleCluster cluster;
    static double startSeconds;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(MapleCluster.nginxInstalled(), "nginx is not installed: sudo apt-get install -y nginx");
        long t0 = System.nanoTime();
        cluster = MapleCluster.start(2);
        startSeconds = seconds(System.nanoTime() - t0);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** One step of the learner's journey; the quiz and certificate steps slot in as more of these. */
    record Step(String name, Runnable action) {
    }

    @Test
    void a_learner_carries_on_through_nginx_when_the_instance_serving_them_is_killed() throws Exception {
        cluster.ensureAllUp();
        ClusterClient learner = new ClusterClient(cluster.proxy()).signIn("learner@maple.test");
        Journey journey = new Journey(learner, cluster);

        // round robin: the learner's session is used on both instances before anything fails
        Set<String> served = new HashSet<>();
        for (int i = 0; i < 8 && served.size() < 2; i++) {
            assertEquals(200, learner.get("api/me/progress").status());
            served.add(learner.lastUpstream());
        }
        assertEquals(2, served.size(), "nginx should spread the learner's requests over both instances: " + served);

        Load load = new Load(cluster, List.of("sam@maple.test", "priya@maple.test", "jo@maple.test"));
        load.start();
        Thread.sleep(1500);

        for (Step s : journey.beforeFailure()) {
            s.action().run();
        }
        MapleCluster.Node victim = cluster.node(learner.lastUpstream());
        MapleCluster.Node survivor = cluster.nodes.stream().filter(n -> n != victim).findFirst().orElseThrow();
        long killedAt = System.nanoTime();
        victim.kill();
        long learnerFirstAnswer = 0;
        for (Step s : journey.afterFailure()) {
            s.action().run();
            if (learnerFirstAnswer == 0) {
                learnerFirstAnswer = System.nanoTime() - killedAt;
            }
        }
        Thread.sleep(3000); // the load runs on one instance for a while

        long restartAt = System.nanoTime();
        victim.start();
        victim.awaitReady();
        double restartSeconds = seconds(System.nanoTime() - restartAt);
        assertTrue(victim.logSinceStart().contains("DG Size: 2"),
                victim.name + " should rejoin the data grid:\n" + MapleCluster.tail(victim.logSinceStart()));
        // the restarted instance serves the learner's existing session (from the grid) ...
        assertEquals(200, learner.getFrom(victim.uri(), "api/me/progress").status(),
                "the restarted instance should know the learner's session");
        // ... and nginx sends it traffic again
        boolean back = false;
        for (int i = 0; i < 60 && !back; i++) {
            assertEquals(200, learner.get("api/me/progress").status());
            back = victim.address().equals(learner.lastUpstream());
            if (!back) {
                Thread.sleep(250);
            }
        }
        assertTrue(back, "nginx should send requests to " + victim.name + " again after it restarted");
        Thread.sleep(1000);
        load.stop();

        ClusterClient.Tally all = new ClusterClient.Tally();
        all.add(learner.tally);
        all.add(load.tally());
        Load.Around around = load.around(killedAt);
        System.out.printf("%nFAILOVER (2 instances + nginx + PostgreSQL on loopback, %s)%n", cluster.databaseSetup);
        System.out.printf("  cluster start (PostgreSQL, 2 instances together, nginx): %.1f s%n", startSeconds);
        System.out.printf("  killed %s (SIGKILL) while it served the learner; %s carried on%n", victim.name, survivor.name);
        System.out.printf("  learner: %s%n", learner.tally);
        System.out.printf("  background load (%d users): %s%n", load.users(), load.tally());
        System.out.printf("  all requests: %s%n", all);
        System.out.printf("  failover time: learner's first answer after the kill %.0f ms; "
                + "first load request answered after the kill %.0f ms; longest request in the 5 s after it %.0f ms "
                + "(%d in flight at the kill)%n", millis(learnerFirstAnswer), millis(around.firstAnswerAfterKill()),
                millis(around.longestAcrossKill()), around.inFlightAtKill());
        System.out.printf("  %s restart until ready and rejoined: %.1f s%n", victim.name, restartSeconds);
        System.out.printf("  quiz: attempt %d, %d of %d questions answered before the kill, the rest after; %s; certificates for the course: %d%n",
                journey.attemptId, journey.answeredBeforeKill, journey.questions.size(), journey.outcome, journey.certificates);
        writeFigures(String.format("failover time %.0f ms (learner's first answer after SIGKILL), load's first answer %.0f ms, "
                + "longest request across the kill %.0f ms, requests %d, lost %d, unexpected %d, restart %.1f s",
                millis(learnerFirstAnswer), millis(around.firstAnswerAfterKill()), millis(around.longestAcrossKill()),
                all.requests.get(), all.lost.get(), all.unexpected.get(), restartSeconds));

        assertEquals(0, all.lost.get(), "no request may be lost: " + all);
        assertEquals(0, all.unexpected.get(), "every request must get its normal answer: " + load.unexpectedSamples());
        assertEquals(all.requests.get(), all.answered.get(), "every request is answered: " + all);
        assertTrue(load.tally().requests.get() > 50, "the background load should have run: " + load.tally());
    }

    /**
     * Work that must happen once per cluster happened once although both instances started together
     * on an empty database: content loading, the demo organisation, the signing key, the first
     * competency build and the start-up run of the certificate job.
     */
    @Test
    void work_that_must_happen_once_ran_once_when_both_instances_started_together() throws Exception {
        String logs = cluster.nodes.stream().map(n -> n.firstStartLog).collect(Collectors.joining("\n"));
        assertEquals(1, count(logs, "Content loaded: new versions \\[[^\\]]"), "one instance loads the courses, the other finds them unchanged");
        assertEquals(1, count(logs, "Competency recomputation: "), "the first competency build runs on one instance only");
        assertEquals(1, count(logs, "Certificate renewal job: JobReport\\[skipped=false"),
                "the certificate job's start-up run happens on one instance only");
        assertEquals(0, cluster.queryLong("select count(*) from (select course_code, version_no from course_version "
                + "group by course_code, version_no having count(*) > 1) d"), "no course version twice");
        assertEquals(0, cluster.queryLong("select count(*) from (select course_code from course_version where current_version = true "
                + "group by course_code having count(*) > 1) d"), "one current version per course");
        assertEquals(0, cluster.queryLong("select count(*) from (select course_code, version_no from quiz_bank "
                + "group by course_code, version_no having count(*) > 1) d"), "no question bank version twice");
        assertEquals(1, cluster.queryLong("select count(*) from signing_key"), "one Open Badges signing key");
        assertEquals(1, cluster.queryLong("select count(*) from person where email = ?", "admin@maple.test"), "one demo admin");
    }

    /**
     * An admin reloads changed content on instance 1; instance 2, whose caches hold the old version,
     * serves the new one at once: to a new learner, in the trainer's version lists, and in the quiz's
     * rules; a learner who had started the old version stays on it.
     */
    @Test
    void content_reloaded_on_one_instance_is_served_by_the_other_at_once() throws Exception {
        cluster.ensureAllUp();
        String course = "smart-recovery";
        MapleCluster.Node one = cluster.nodes.get(0);
        MapleCluster.Node two = cluster.nodes.get(1);
        ClusterClient admin = new ClusterClient(cluster.proxy()).signIn("admin@maple.test");
        ClusterClient trainer = new ClusterClient(cluster.proxy()).signIn("trainer@maple.test");
        int before = 0;
        String firstLesson = null;
        for (MapleCluster.Node n : cluster.nodes) { // both instances read everything once: their caches hold version 1
            JsonObject c = ok(trainer.getFrom(n.uri(), "api/courses/" + course)).json().asJsonObject();
            before = c.getJsonObject("course").getInt("version");
            firstLesson = c.getJsonArray("lessons").getJsonObject(0).getString("id");
            ok(trainer.getFrom(n.uri(), "api/courses/" + course + "/versions"));
            ok(trainer.getFrom(n.uri(), "api/quizzes/" + course + "/versions"));
            ok(trainer.getFrom(n.uri(), "api/me/quizzes/" + course));
            assertTrue(ok(trainer.getFrom(n.uri(), lessonPage(course, firstLesson))).body().contains("id=\"lesson-title\""));
        }
        String marker = "Revised on instance 1 at " + System.nanoTime();
        Path dir = cluster.contentDir;
        replace(dir.resolve("content/" + course + "/course.yaml"), "title: \"SMART Recovery\"", "title: \"SMART Recovery (revised)\"");
        Path lessonFile = dir.resolve("content/" + course + "/" + firstLesson + ".md");
        Files.writeString(lessonFile, Files.readString(lessonFile) + "\n\n" + marker + "\n");
        replace(dir.resolve("quizzes/" + course + ".yaml"), "passMark: 80", "passMark: 70");

        JsonObject reload = ok(admin.sendTo(one.uri(), "POST", "api/admin/content/reload", "application/json", "{}")).json().asJsonObject();
        assertTrue(reload.toString().contains(course + " v" + (before + 1)), "instance 1 loads a new version: " + reload);

        JsonObject imported = ok(admin.sendTo(one.uri(), "POST", "api/admin/staff/import", "text/csv",
                "name,email,role,team,start_date\nCasey Reload,casey.reload@maple.test,learner,Riverside Recovery Team,"
                + java.time.LocalDate.now() + "\n")).json().asJsonObject();
        String password = imported.getJsonArray("imported").getJsonObject(0).getString("temporaryPassword");
        ClusterClient newcomer = new ClusterClient(cluster.proxy()).signIn("casey.reload@maple.test", password);

        JsonObject served = ok(newcomer.getFrom(two.uri(), "api/courses/" + course)).json().asJsonObject();
        assertEquals(before + 1, served.getJsonObject("course").getInt("version"), "instance 2 serves the new version: " + served);
        assertEquals("SMART Recovery (revised)", served.getJsonObject("course").getString("title"));
        String page = ok(newcomer.getFrom(two.uri(), lessonPage(course, firstLesson))).body();
        assertTrue(page.contains(marker), "instance 2 shows the new learner the changed lesson");
        assertEquals(before + 1, ok(newcomer.getFrom(two.uri(), "api/me/courses/" + course)).json().asJsonObject().getInt("versionNo"));
        assertEquals(70, ok(newcomer.getFrom(two.uri(), "api/me/quizzes/" + course)).json().asJsonObject().getInt("passMark"),
                "instance 2 applies the new question bank");

        for (MapleCluster.Node n : cluster.nodes) {
            List<JsonObject> versions = ok(trainer.getFrom(n.uri(), "api/courses/" + course + "/versions")).json().asJsonArray()
                    .stream().map(JsonValue::asJsonObject).toList();
            assertEquals(List.of(before + 1), versions.stream().filter(v -> v.getBoolean("current")).map(v -> v.getInt("version")).toList(),
                    n.name + " should list exactly the new course version as current: " + versions);
            List<JsonObject> banks = ok(trainer.getFrom(n.uri(), "api/quizzes/" + course + "/versions")).json().asJsonArray()
                    .stream().map(JsonValue::asJsonObject).toList();
            assertEquals(1, banks.stream().filter(v -> v.getBoolean("current")).count(),
                    n.name + " should list exactly one current question bank: " + banks);
            assertEquals(banks.stream().mapToInt(v -> v.getInt("version")).max().orElseThrow(),
                    banks.stream().filter(v -> v.getBoolean("current")).findFirst().orElseThrow().getInt("version"));
        }
        String started = ok(trainer.getFrom(two.uri(), lessonPage(course, firstLesson))).body();
        assertFalse(started.contains(marker), "the trainer started version " + before + " and finishes on it");
        System.out.printf("%nCONTENT RELOAD: %s v%d loaded on %s; %s served v%d to a new learner at once%n", course, before + 1,
                one.name, two.name, before + 1);
    }

    private static String lessonPage(String course, String lesson) {
        return "learner/course/lesson.xhtml?c=" + course + "&l=" + lesson;
    }

    private static void replace(Path file, String from, String to) throws java.io.IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }

    private static Answer ok(Answer a) {
        assertEquals(200, a.status(), "expected 200: " + a.body());
        return a;
    }

    /** The figures of the last run, for {@code bench/cluster.sh}. */
    private static void writeFigures(String line) throws java.io.IOException {
        Files.writeString(cluster.root.resolve("target/failover-figures.txt"), java.time.LocalDateTime.now() + " " + line + "\n");
    }

    /** The learner's progress through nginx; every step asserts its normal answer. */
    static final class Journey {
        private final ClusterClient client;
        private final MapleCluster cluster;
        private final QuizKey key = QuizKey.of(COURSE);
        private List<String> lessons;
        private String formAction;
        private Map<String, String> form;
        long attemptId;
        List<JsonObject> questions = List.of();
        int answeredBeforeKill;
        String outcome = "not submitted";
        long certificates;

        Journey(ClusterClient client, MapleCluster cluster) {
            this.client = client;
            this.cluster = cluster;
        }

        List<Step> beforeFailure() {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("open the course", () -> {
                Answer a = ok(client.get("api/courses/" + COURSE));
                lessons = a.json().asJsonObject().getJsonArray("lessons").stream()
                        .map(v -> v.asJsonObject().getString("id")).toList();
                assertTrue(lessons.size() >= 4, "the course should have at least 4 lessons: " + lessons);
            }));
            steps.add(new Step("complete the first two lessons (REST)", () -> {
                done(lessons.get(0));
                done(lessons.get(1));
            }));
            steps.add(new Step("start the course's quiz attempt", () -> {
                JsonObject sheet = ok(client.post("api/me/quizzes/" + COURSE + "/attempts", Map.of())).json().asJsonObject();
                attemptId = sheet.getJsonNumber("id").longValue();
                questions = sheet.getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList();
                assertTrue(questions.size() >= 4, "the attempt should have several questions: " + sheet);
            }));
            steps.add(new Step("answer half of it (each answer saved as given)", () -> {
                answeredBeforeKill = questions.size() / 2;
                for (JsonObject q : questions.subList(0, answeredBeforeKill)) {
                    answer(q);
                }
            }));
            steps.add(new Step("open lesson 3, then the quiz page (a Faces form; its view state lives in the session)", () -> {
                Answer page = ok(client.get("learner/course/lesson.xhtml?c=" + COURSE + "&l=" + lessons.get(2)));
                assertTrue(page.body().contains("id=\"lesson-title\""), "the lesson page should render: " + page.body());
                Answer quiz = ok(client.get("learner/quiz/quiz.xhtml?c=" + COURSE));
                form = facesForm(quiz.body(), "start", "start:start-attempt");
            }));
            return steps;
        }

        List<Step> afterFailure() {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("resume the attempt with the quiz page's form rendered by the killed instance", () -> {
                Answer posted = client.post(formAction, form);
                assertEquals(302, posted.status(), "the Faces postback should redirect to the attempt: " + posted.body());
                assertNotNull(posted.location());
                assertTrue(posted.location().contains("learner/quiz/attempt.xhtml?a=" + attemptId),
                        "the postback should lead to the open attempt, not to the sign-in or expired page: " + posted.location());
            }));
            steps.add(new Step("complete the remaining lessons (REST)", () -> {
                for (String l : lessons.subList(2, lessons.size())) {
                    done(l);
                }
            }));
            steps.add(new Step("the same attempt is open with the answers saved before the kill", () -> {
                JsonObject again = ok(client.post("api/me/quizzes/" + COURSE + "/attempts", Map.of())).json().asJsonObject();
                assertEquals(attemptId, again.getJsonNumber("id").longValue(), "starting again gives the open attempt back");
                JsonObject sheet = ok(client.get("api/me/attempts/" + attemptId)).json().asJsonObject();
                assertEquals(answeredBeforeKill, sheet.getInt("answered"), "answers saved before the kill: " + sheet);
            }));
            steps.add(new Step("answer the rest", () -> {
                for (JsonObject q : questions.subList(answeredBeforeKill, questions.size())) {
                    answer(q);
                }
            }));
            steps.add(new Step("submit: passed, and the course is complete", () -> {
                JsonObject result = ok(client.postJson("api/me/attempts/" + attemptId + "/submit", "{}")).json().asJsonObject();
                assertTrue(result.getBoolean("passed"), "the quiz should be passed: " + result);
                assertTrue(result.getBoolean("courseComplete"), "every lesson done and the quiz passed complete the course: " + result);
                outcome = String.format("passed with %.0f %%", result.getJsonNumber("percent").doubleValue());
            }));
            steps.add(new Step("exactly one certificate for the course", () -> {
                long deadline = System.nanoTime() + 10_000_000_000L; // issued after the completing commit
                List<JsonObject> mine;
                do {
                    mine = ok(client.get("api/certificates/mine")).json().asJsonArray().stream().map(JsonValue::asJsonObject)
                            .filter(c -> COURSE.equals(c.getString("courseCode"))).toList();
                } while (mine.isEmpty() && System.nanoTime() < deadline && pause(250));
                assertEquals(1, mine.size(), "one certificate for the course: " + mine);
                assertEquals("valid", mine.get(0).getString("status"), mine.get(0).toString());
                certificates = dbCount("select count(*) from certificate c join person p on p.id = c.person_id "
                        + "where p.email = ? and c.course_code = ?", "learner@maple.test", COURSE);
                assertEquals(1, certificates, "one certificate row in the database");
            }));
            steps.add(new Step("every lesson is done exactly once", () -> {
                JsonObject outline = ok(client.get("api/me/courses/" + COURSE)).json().asJsonObject();
                assertTrue(outline.getJsonArray("lessons").stream().allMatch(v -> v.asJsonObject().getBoolean("done")),
                        "all lessons done: " + outline);
                JsonObject mine = ok(client.get("api/me/progress")).json().asJsonArray().stream().map(JsonValue::asJsonObject)
                        .filter(c -> COURSE.equals(c.getString("code"))).findFirst().orElseThrow();
                assertEquals(lessons.size(), mine.getInt("lessonsDone"), "lessons done: " + mine);
                assertEquals(lessons.size(), mine.getInt("lessonCount"), "lesson count: " + mine);
            }));
            return steps;
        }

        private void answer(JsonObject question) {
            JsonObject saved = ok(client.putJson("api/me/attempts/" + attemptId + "/answers/" + question.getString("id"),
                    key.right(question))).json().asJsonObject();
            assertTrue(saved.getBoolean("answered"), "saved: " + saved);
        }

        private long dbCount(String sql, Object... params) {
            try {
                return cluster.queryLong(sql, params);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(sql, e);
            }
        }

        private static boolean pause(long millis) {
            try {
                Thread.sleep(millis);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void done(String lesson) {
            ok(client.post("api/me/courses/" + COURSE + "/lessons/" + lesson + "/done", Map.of()));
        }

        private Map<String, String> facesForm(String html, String id, String button) {
            Matcher f = Pattern.compile("<form id=\"" + id + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
            assertTrue(f.find(), "the page should have the '" + id + "' form: " + html);
            formAction = f.group(1).replace("&amp;", "&").replaceFirst("^/", "");
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            Matcher input = Pattern.compile("<input[^>]*>").matcher(f.group(2));
            while (input.find()) {
                String tag = input.group();
                String name = attr(tag, "name");
                if (name != null) {
                    fields.put(name, attr(tag, "value") == null ? "" : attr(tag, "value"));
                }
            }
            assertTrue(fields.containsKey("jakarta.faces.ViewState") && fields.containsKey(button), "form fields: " + fields);
            return fields;
        }

        private static String attr(String tag, String name) {
            Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
            return m.find() ? m.group(1).replace("&amp;", "&") : null;
        }

        private static Answer ok(Answer a) {
            assertEquals(200, a.status(), "expected 200: " + a.body());
            return a;
        }
    }

    /** Signed-in users browsing all along: progress, a course, a lesson page, one after another. */
    static final class Load {
        /** When one request started and how long it took (including retries). */
        record Sample(long start, long nanos, int attempts) {
        }

        record Around(long firstAnswerAfterKill, long longestAcrossKill, int inFlightAtKill) {
        }

        private final MapleCluster cluster;
        private final List<String> emails;
        private final List<ClusterClient> clients = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

        Load(MapleCluster cluster, List<String> emails) {
            this.cluster = cluster;
            this.emails = emails;
        }

        int users() {
            return emails.size();
        }

        void start() {
            for (String email : emails) {
                ClusterClient c = new ClusterClient(cluster.proxy()).signIn(email);
                clients.add(c);
                String lesson = c.get("api/courses/" + COURSE).json().asJsonObject().getJsonArray("lessons")
                        .getJsonObject(0).getString("id");
                List<String> paths = List.of("api/me/progress", "api/courses/" + COURSE,
                        "learner/course/lesson.xhtml?c=" + COURSE + "&l=" + lesson, "api/session");
                Thread t = new Thread(() -> {
                    int i = 0;
                    while (running.get()) {
                        String path = paths.get(i++ % paths.size());
                        long start = System.nanoTime();
                        Answer a;
                        try {
                            a = c.get(path);
                        } catch (AssertionError lost) {
                            unexpected.add(email + " " + path + ": " + lost.getMessage());
                            continue;
                        }
                        samples.add(new Sample(start, a.nanos(), a.attempts()));
                        if (a.status() != 200 || (path.contains(".xhtml") && !a.body().contains("lesson-title"))) {
                            c.tally.unexpected.incrementAndGet();
                            unexpected.add(email + " " + path + " -> " + a.status() + " " + a.location());
                        }
                        try {
                            Thread.sleep(120);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "load-" + email);
                threads.add(t);
                t.start();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(60_000);
            }
        }

        ClusterClient.Tally tally() {
            ClusterClient.Tally t = new ClusterClient.Tally();
            clients.forEach(c -> t.add(c.tally));
            return t;
        }

        List<String> unexpectedSamples() {
            return unexpected.stream().limit(10).toList();
        }

        Around around(long killedAt) {
            long first = samples.stream().filter(s -> s.start() >= killedAt).mapToLong(s -> s.start() + s.nanos() - killedAt)
                    .min().orElse(-1);
            List<Sample> spanning = samples.stream()
                    .filter(s -> s.start() <= killedAt && s.start() + s.nanos() >= killedAt).toList();
            long longest = samples.stream().filter(s -> s.start() + s.nanos() >= killedAt && s.start() <= killedAt + 5_000_000_000L)
                    .mapToLong(Sample::nanos).max().orElse(0);
            return new Around(first, longest, spanning.size());
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
