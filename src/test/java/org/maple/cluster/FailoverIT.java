package org.maple.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.maple.cluster.ClusterClient.Answer;

/**
 * The failover proof (issue 9): PostgreSQL, two MAPLE instances in one Payara data grid and nginx in
 * front, all on loopback and started from {@code deploy/}. A learner signs in through nginx and makes
 * progress; the instance that served them last is killed with SIGKILL; the learner carries on through
 * nginx without signing in again (REST calls and a Faces form whose view state the dead instance
 * issued); a background load runs all along and every request is accounted for (the client retries
 * only requests in flight at the kill); the killed instance restarts, rejoins the grid and serves the
 * same sessions. Prints what it measured.
 *
 * <p>Not Arquillian: it starts its own processes. Skipped (and then failed by {@code .ci/run}) without nginx.
 */
class FailoverIT {

    static final String COURSE = "mutual-aid-essentials";

    /** One step of the learner's journey; the quiz and certificate steps slot in as more of these. */
    record Step(String name, Runnable action) {
    }

    @Test
    void a_learner_carries_on_through_nginx_when_the_instance_serving_them_is_killed() throws Exception {
        assumeTrue(MapleCluster.nginxInstalled(), "nginx is not installed: sudo apt-get install -y nginx");
        long t0 = System.nanoTime();
        try (MapleCluster cluster = MapleCluster.start(2)) {
            double startSeconds = seconds(System.nanoTime() - t0);
            ClusterClient learner = new ClusterClient(cluster.proxy()).signIn("learner@maple.test");
            Journey journey = new Journey(learner);

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

            assertEquals(0, all.lost.get(), "no request may be lost: " + all);
            assertEquals(0, all.unexpected.get(), "every request must get its normal answer: " + load.unexpectedSamples());
            assertEquals(all.requests.get(), all.answered.get(), "every request is answered: " + all);
            assertTrue(load.tally().requests.get() > 50, "the background load should have run: " + load.tally());
        }
    }

    /** The learner's progress through nginx; every step asserts its normal answer. */
    static final class Journey {
        private final ClusterClient client;
        private List<String> lessons;
        private String formAction;
        private Map<String, String> form;

        Journey(ClusterClient client) {
            this.client = client;
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
            // QUIZ (when quizzes land): "start a quiz attempt" and "answer half of it" go here.
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
            steps.add(new Step("start the quiz with the form rendered by the killed instance", () -> {
                Answer posted = client.post(formAction, form);
                assertEquals(302, posted.status(), "the Faces postback should redirect to the attempt: " + posted.body());
                assertNotNull(posted.location());
                assertTrue(posted.location().contains("learner/quiz/attempt.xhtml?a="),
                        "the postback should lead to the attempt, not to the sign-in or expired page: " + posted.location());
            }));
            steps.add(new Step("complete the remaining lessons (REST)", () -> {
                for (String l : lessons.subList(2, lessons.size())) {
                    done(l);
                }
            }));
            // QUIZ (when quizzes land): "answer the rest, submit, pass" and "certificate issued once" go here.
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
