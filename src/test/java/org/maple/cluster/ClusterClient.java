package org.maple.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/**
 * A scripted user of the cluster: keeps its session cookie like a browser, sends every request
 * through the proxy (or, to check a node directly, to one node with the same cookies), and retries
 * a request that was in flight when a node died (connection error, or the proxy's 502/503/504).
 * Every request is counted in a {@link Tally}.
 */
final class ClusterClient {

    /** What happened to a user's requests. Retries count attempts beyond the first. */
    static final class Tally {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong answered = new AtomicLong();
        final AtomicLong retries = new AtomicLong();
        final AtomicLong retriedRequests = new AtomicLong();
        final AtomicLong lost = new AtomicLong();
        final AtomicLong unexpected = new AtomicLong();

        void add(Tally other) {
            requests.addAndGet(other.requests.get());
            answered.addAndGet(other.answered.get());
            retries.addAndGet(other.retries.get());
            retriedRequests.addAndGet(other.retriedRequests.get());
            lost.addAndGet(other.lost.get());
            unexpected.addAndGet(other.unexpected.get());
        }

        @Override
        public String toString() {
            return "requests " + requests + ", answered " + answered + ", retried " + retriedRequests + " (" + retries
                    + " extra attempts), lost " + lost + ", unexpected status " + unexpected;
        }
    }

    /** A final answer: status, body, the node that served it (from the proxy's header), attempts, time taken. */
    record Answer(int status, String body, String upstream, String location, int attempts, long nanos) {
        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    static final int MAX_ATTEMPTS = 20;
    static final String UPSTREAM_HEADER = "X-Maple-Upstream";

    private final URI proxy;
    private final HttpClient http;
    final Tally tally = new Tally();
    private volatile String lastUpstream;

    ClusterClient(URI proxy) {
        this.proxy = proxy;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in through the proxy with the demo password; fails the test if it does not succeed. */
    ClusterClient signIn(String email) {
        return signIn(email, "maple-demo");
    }

    /** Signs in through the proxy; fails the test if it does not succeed. */
    ClusterClient signIn(String email, String password) {
        Answer a = post("api/session", Map.of("email", email, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("sign-in of " + email + " gave " + a.status() + ": " + a.body());
        }
        return this;
    }

    Answer get(String path) {
        return send(proxy, "GET", path, (Body) null);
    }

    Answer post(String path, Map<String, String> form) {
        return sendForm(proxy, "POST", path, form);
    }

    /** POST of a JSON body through the proxy. */
    Answer postJson(String path, String json) {
        return send(proxy, "POST", path, new Body("application/json", json));
    }

    /** PUT of a JSON body through the proxy. */
    Answer putJson(String path, String json) {
        return send(proxy, "PUT", path, new Body("application/json", json));
    }

    /** One GET straight to a node (not through the proxy), with this user's cookies. */
    Answer getFrom(URI node, String path) {
        return send(node, "GET", path, (Body) null);
    }

    /** One request with a body straight to a node, with this user's cookies. */
    Answer sendTo(URI node, String method, String path, String contentType, String body) {
        return send(node, method, path, new Body(contentType, body));
    }

    /** The node (host:port) that answered the last request through the proxy. */
    String lastUpstream() {
        return lastUpstream;
    }

    /** A request body and its type. */
    record Body(String type, String text) {
    }

    private Answer sendForm(URI base, String method, String path, Map<String, String> form) {
        return send(base, method, path, form == null ? null : new Body("application/x-www-form-urlencoded", form.entrySet()
                .stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))));
    }

    /** Sends with retries; counts the request; throws only if every attempt failed to get an answer. */
    private Answer send(URI base, String method, String path, Body body) {
        tally.requests.incrementAndGet();
        long start = System.nanoTime();
        IOException lastError = null;
        int lastStatus = 0;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (attempt == 2) {
                tally.retriedRequests.incrementAndGet();
            }
            if (attempt > 1) {
                tally.retries.incrementAndGet();
                sleep(250);
            }
            try {
                HttpResponse<String> r = http.send(request(base, method, path, body), HttpResponse.BodyHandlers.ofString());
                lastStatus = r.statusCode();
                if (lastStatus == 502 || lastStatus == 503 || lastStatus == 504) {
                    continue; // the proxy found no live node for an in-flight request: try again
                }
                String upstream = r.headers().firstValue(UPSTREAM_HEADER).orElse(null);
                if (base.equals(proxy) && upstream != null) {
                    lastUpstream = lastOf(upstream);
                }
                tally.answered.incrementAndGet();
                return new Answer(lastStatus, r.body(), upstream, r.headers().firstValue("Location").orElse(null),
                        attempt, System.nanoTime() - start);
            } catch (IOException e) {
                lastError = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        tally.lost.incrementAndGet();
        throw new AssertionError(method + " " + path + ": no answer after " + MAX_ATTEMPTS + " attempts (last status "
                + lastStatus + ", last error " + lastError + ")");
    }

    /** nginx lists every upstream it tried ("a:1, b:2"): the last one answered. */
    static String lastOf(String upstreams) {
        String[] parts = upstreams.split(",");
        return parts[parts.length - 1].strip();
    }

    private static HttpRequest request(URI base, String method, String path, Body body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", body.type()).method(method, HttpRequest.BodyPublishers.ofString(body.text())).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
