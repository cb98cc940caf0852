import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Drives whole quiz attempts against a running MAPLE (see bench/quiz-attempts.sh): each learner
 * starts an attempt, saves an answer to every question (one request each, as the page's autosave
 * does), submits and reads the result. Prints figures only.
 *
 * Args: baseUrl course learners sequentialAttempts concurrentSeconds [serverPid]
 * With the server's pid (Linux), also prints the CPU time the server and this driver spent per
 * attempt in the concurrent phase: a figure that varies less than attempts/s on a shared machine.
 */
public class QuizAttempts {

    static final String[] STEPS = {"start", "answer", "submit", "result"};
    /**
     * MODE=one-page: the answers travel with the submit (as the attempt page's form sends them, and as
     * Moodle's "all questions on one page" attempt does), instead of one autosave request per answer.
     */
    static final boolean ONE_PAGE = "one-page".equals(System.getenv("MODE"));
    static final Map<String, List<Double>> TIMES = new ConcurrentHashMap<>();
    static final AtomicLong ERRORS = new AtomicLong();
    static final AtomicLong REQUESTS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        System.setProperty("http.maxConnections", "256"); // keep every learner's connection alive (the JDK keeps 5)
        String base = args[0];
        String course = args[1];
        int learners = Integer.parseInt(args[2]);
        int sequential = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        long serverPid = args.length > 5 ? Long.parseLong(args[5]) : -1;

        Client admin = new Client(base);
        admin.signIn("admin@maple.test", "maple-demo");
        StringBuilder csv = new StringBuilder("name,email,role,team,start_date\n");
        int accounts = learners * 8 + 4; // each may take at most 100 attempts (the bank's limit)
        for (int i = 1; i <= accounts; i++) {
            csv.append("Bench Learner ").append(i).append(",bench-").append(i).append("@maple.test,learner,Bench Team,2026-01-05\n");
        }
        JsonObject report = admin.json("POST", "api/admin/staff/import", csv.toString(), "text/csv");
        java.util.Queue<Client> pool = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (JsonValue v : report.getJsonArray("imported")) {
            JsonObject line = v.asJsonObject();
            Client c = new Client(base);
            c.signIn(line.getString("email"), line.getString("temporaryPassword"));
            pool.add(c);
        }
        if (pool.size() < accounts) {
            throw new IllegalStateException("imported " + pool.size() + " learners, wanted " + accounts + ": " + report);
        }
        Client[] seq = {pool.poll()};

        // warm-up
        for (int i = 0; i < 20; i++) {
            seq[0] = attemptWith(seq[0], pool, course, false);
        }
        TIMES.clear();

        // one learner, one attempt at a time: the time a whole attempt takes
        List<Double> whole = new ArrayList<>();
        int perAttempt = 0;
        for (int i = 0; i < sequential; i++) {
            long before = REQUESTS.get();
            long t0 = System.nanoTime();
            seq[0] = attemptWith(seq[0], pool, course, true);
            whole.add((System.nanoTime() - t0) / 1e6);
            perAttempt = (int) (REQUESTS.get() - before);
        }
        Collections.sort(whole);
        System.out.printf("Mode: %s%n", ONE_PAGE ? "one-page (answers sent with the submit)" : "autosave (one request per answer)");
        System.out.printf("Sequential: %d whole attempts (%d requests each: start, %d answers, submit, result)%n",
                sequential, perAttempt, perAttempt - 3);
        System.out.printf("  whole attempt  median %.1f ms  p95 %.1f ms%n", pct(whole, 50), pct(whole, 95));
        printSteps();

        // many learners at once: first unmeasured (the server's JIT compiler is still busy after the
        // sequential attempts), then measured
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "20"));
        if (warmup > 0) {
            long n = concurrent(learners, warmup, pool, course);
            System.out.printf("Warm-up: %d learners for %d s, %d attempts (not counted)%n", learners, warmup, n);
        }
        // RUNS measured phases in a row (the machine's speed varies from minute to minute): each one's
        // figures, then the median attempts/s
        int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "1"));
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            TIMES.clear();
            ERRORS.set(0);
            long serverCpu0 = cpuMillis(serverPid);
            long driverCpu0 = driverCpuMillis();
            long attempts = concurrent(learners, seconds, pool, course);
            rates.add(attempts / (double) seconds);
            System.out.printf("Concurrent%s: %d learners for %d s: %d whole attempts, %.1f attempts/s, %.0f requests/s, %d errors%n",
                    runs > 1 ? " (run " + run + " of " + runs + ")" : "", learners, seconds, attempts, attempts / (double) seconds,
                    attempts * (double) perAttempt / seconds, ERRORS.get());
            long serverCpu = cpuMillis(serverPid) - serverCpu0;
            long driverCpu = driverCpuMillis() - driverCpu0;
            if (serverPid > 0 && attempts > 0) {
                System.out.printf("  CPU per attempt: server %.1f ms, this driver %.1f ms (server busy %.0f %% of one core)%n",
                        serverCpu / (double) attempts, driverCpu / (double) attempts, serverCpu / (seconds * 10.0));
            }
            printSteps();
        }
        if (runs > 1) {
            Collections.sort(rates);
            System.out.printf("Median of %d runs: %.1f attempts/s (lowest %.1f, highest %.1f)%n", runs, pct(rates, 50),
                    rates.get(0), rates.get(rates.size() - 1));
        }
    }

    /** {@code learners} threads doing whole attempts for {@code seconds}; each hands its learner back at the end. */
    static long concurrent(int learners, int seconds, java.util.Queue<Client> pool, String course) throws InterruptedException {
        AtomicLong attempts = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < learners; w++) {
            Thread t = new Thread(() -> {
                Client c = pool.poll();
                while (System.nanoTime() < end && c != null) {
                    try {
                        c = attemptWith(c, pool, course, true);
                        attempts.incrementAndGet();
                    } catch (Exception e) {
                        if (ERRORS.incrementAndGet() <= 3) {
                            System.out.println("  error: " + e.getMessage());
                        }
                    }
                }
                if (c != null) {
                    pool.add(c);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return attempts.get();
    }

    /** A process's user + system CPU time from /proc (Linux; clock ticks of 10 ms), or 0. */
    static long cpuMillis(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime (fields 14, 15)
        } catch (Exception e) {
            return 0;
        }
    }

    static long driverCpuMillis() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : 0;
    }

    /** One attempt with this learner, or with the next from the pool once this one has used every attempt. */
    static Client attemptWith(Client c, java.util.Queue<Client> pool, String course, boolean timed) throws Exception {
        while (true) {
            try {
                c.attempt(course, timed);
                return c;
            } catch (IllegalStateException e) {
                if (!e.getMessage().contains(" 409:")) {
                    throw e;
                }
                c = pool.poll();
                if (c == null) {
                    throw new IllegalStateException("every bench learner has used all their attempts; raise LEARNERS");
                }
            }
        }
    }

    static void printSteps() {
        for (String s : STEPS) {
            List<Double> t = new ArrayList<>(TIMES.getOrDefault(s, List.of()));
            Collections.sort(t);
            if (!t.isEmpty()) {
                System.out.printf("  %-7s n=%-6d p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", s, t.size(), pct(t, 50), pct(t, 95), pct(t, 99));
            }
        }
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /**
     * One learner's HTTP/1.1 client: the JDK's blocking HttpURLConnection (kept-alive connections,
     * cheaper per request than java.net.http.HttpClient, which matters as the driver shares the server's
     * two cores) with this learner's own cookies.
     */
    static final class Client {
        final String base;
        final Map<String, String> cookies = new ConcurrentHashMap<>();

        Client(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
        }

        void signIn(String email, String password) throws Exception {
            send("POST", "api/session", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", null);
        }

        void attempt(String course, boolean timed) throws Exception {
            JsonObject sheet = json("POST", "api/me/quizzes/" + course + "/attempts", "", "application/json", timed ? "start" : null);
            long id = sheet.getJsonNumber("id").longValue();
            StringBuilder all = new StringBuilder("{");
            for (JsonValue v : sheet.getJsonArray("questions")) {
                JsonObject q = v.asJsonObject();
                if (ONE_PAGE) {
                    all.append(all.length() > 1 ? "," : "").append('"').append(q.getString("id")).append("\":").append(answer(q));
                } else {
                    send("PUT", "api/me/attempts/" + id + "/answers/" + q.getString("id"), answer(q), "application/json", timed ? "answer" : null);
                }
            }
            send("POST", "api/me/attempts/" + id + "/submit", all.append('}').toString(), "application/json", timed ? "submit" : null);
            send("GET", "api/me/attempts/" + id + "/result", null, null, timed ? "result" : null);
        }

        static String answer(JsonObject q) {
            switch (q.getString("type")) {
                case "matching": {
                    StringBuilder s = new StringBuilder("{\"matching\":[");
                    for (int i = 0; i < q.getJsonArray("prompts").size(); i++) {
                        s.append(i == 0 ? "" : ",").append(0);
                    }
                    return s.append("]}").toString();
                }
                case "ordering": {
                    StringBuilder s = new StringBuilder("{\"ordering\":[");
                    JsonArray items = q.getJsonArray("items");
                    for (int i = 0; i < items.size(); i++) {
                        s.append(i == 0 ? "" : ",").append(items.getJsonObject(i).getInt("index"));
                    }
                    return s.append("]}").toString();
                }
                case "short":
                    return "{\"text\":\"about a quarter\"}";
                default:
                    return "{\"choice\":[0]}";
            }
        }

        JsonObject json(String method, String path, String body, String type) throws Exception {
            return json(method, path, body, type, null);
        }

        JsonObject json(String method, String path, String body, String type, String step) throws Exception {
            return Json.createReader(new StringReader(send(method, path, body, type, step))).readObject();
        }

        String send(String method, String path, String body, String type, String step) throws Exception {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setRequestMethod(method);
            c.setConnectTimeout(60_000);
            c.setReadTimeout(60_000);
            c.setRequestProperty("Accept", "application/json");
            if (!cookies.isEmpty()) {
                StringBuilder cookie = new StringBuilder();
                cookies.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                c.setRequestProperty("Cookie", cookie.toString());
            }
            if (type != null) {
                c.setRequestProperty("Content-Type", type);
            }
            long t0 = System.nanoTime();
            if (body != null) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(bytes.length);
                try (java.io.OutputStream out = c.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = c.getResponseCode();
            String text;
            try (java.io.InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8); // read to the end: the connection is kept
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            REQUESTS.incrementAndGet();
            if (step != null) {
                TIMES.computeIfAbsent(step, k -> new CopyOnWriteArrayList<>()).add(ms);
            }
            c.getHeaderFields().forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String v : values) {
                        String pair = v.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            String k = pair.substring(0, eq).strip();
                            String value = pair.substring(eq + 1).strip();
                            if (value.isEmpty() || v.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                                cookies.remove(k);
                            } else {
                                cookies.put(k, value);
                            }
                        }
                    }
                }
            });
            if (status >= 300) {
                throw new IllegalStateException(method + " " + path + " gave " + status + ": " + text);
            }
            return text;
        }
    }
}
