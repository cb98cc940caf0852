package org.maple.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/** A browser-like HTTP client for integration tests: keeps cookies, does not follow redirects. */
public final class ApiClient {

    private final URL base;
    private final HttpClient http;

    public ApiClient(URL base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static ApiClient signedIn(URL base, String email) {
        ApiClient c = new ApiClient(base);
        HttpResponse<String> r = c.signIn(email, "maple-demo");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + r.statusCode() + " " + r.body());
        }
        return c;
    }

    public HttpResponse<String> signIn(String email, String password) {
        return post("api/session", "email=" + enc(email) + "&password=" + enc(password), "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String body, String type) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST announcing its size first (Expect: 100-continue), as clients sending large bodies do. */
    public HttpResponse<String> postExpecting(String path, String body, String type) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String body, String type) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST or PUT of a JSON body. */
    public HttpResponse<String> postJson(String path, String json) {
        return post(path, json, "application/json");
    }

    public HttpResponse<String> putJson(String path, String json) {
        return put(path, json, "application/json");
    }

    /** A plain HTML form post as a browser sends it, with its {@code Origin} header. */
    public HttpResponse<String> postForm(String path, String body, String origin) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Any method with a body, e.g. PUT. */
    public HttpResponse<String> send(String method, String path, String body, String type) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** GET that must answer 200 with JSON. */
    public JsonStructure json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " gave " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    public static JsonStructure parse(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString() + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
