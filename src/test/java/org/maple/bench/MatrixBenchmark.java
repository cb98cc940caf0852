package org.maple.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the team matrix over HTTP against a running MAPLE filled by {@link MatrixDataGenerator}:
 * the admin's recomputation once, then the whole organisation (admin, {@code GET /api/matrix}) and
 * the 20-person demo team (manager, {@code GET /api/teams/{id}/matrix}), each requested one after
 * another; prints p50/p95/max. Usage: {@code MatrixBenchmark <base-url> [requests]}.
 */
public final class MatrixBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        HttpClient admin = signIn(base, "admin@maple.test");
        HttpClient manager = signIn(base, "manager@maple.test");
        long t = System.nanoTime();
        String summary = send(admin, base + "api/admin/competency/recompute", true);
        System.out.printf("recompute (all people, all units): %.0f ms  %s%n", (System.nanoTime() - t) / 1e6, summary);
        String teams = send(manager, base + "api/teams", false);
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(teams);
        m.find();
        String team = m.group(1);
        String org = send(admin, base + "api/matrix", false);
        System.out.printf("organisation matrix: %d rows x %d columns, %d KB JSON%n", count(org, "\"personId\""),
                count(org.substring(0, org.indexOf("\"rows\"")), "\"key\""), org.length() / 1024);
        String small = send(manager, base + "api/teams/" + team + "/matrix", false);
        System.out.printf("team matrix: %d rows%n", count(small, "\"personId\""));
        report("organisation (admin), units ", admin, base + "api/matrix", n);
        report("organisation (admin), courses", admin, base + "api/matrix?view=courses", Math.max(5, n / 3));
        report("team of 20 (manager), units  ", manager, base + "api/teams/" + team + "/matrix", n);
        report("team of 20 (manager), courses", manager, base + "api/teams/" + team + "/matrix?view=courses", n);
    }

    static void report(String name, HttpClient client, String url, int n) throws Exception {
        for (int i = 0; i < 5; i++) {
            send(client, url, false);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            send(client, url, false);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%s  n=%d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", name, n, pct(ms, 50), pct(ms, 95),
                ms.get(ms.size() - 1));
    }

    static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static HttpClient signIn(String base, String email) throws Exception {
        HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "api/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + email + "&password=maple-demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + email + ": " + r.statusCode() + " " + r.body());
        }
        return c;
    }

    static String send(HttpClient c, String url, boolean post) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300));
        HttpResponse<String> r = c.send((post ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
