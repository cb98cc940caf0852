package org.maple.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates in the running application, on H2 and (tag "db") on PostgreSQL: issued exactly once
 * under concurrent completion events, public verification of every status, reminders sent once
 * each to a real (GreenMail) SMTP server, a team's bulk ZIP, managers kept to their own team.
 */
@Tag("db")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
public class CertificateIT {

    static final String ESSENTIALS = "mutual-aid-essentials";
    static final String SMART = "smart-recovery";
    static final String TWELVE_STEP = "twelve-step-fellowships";
    static final String FAMILY = "family-groups";
    static final String RIVERSIDE = "Riverside Recovery Team";
    static final int VERIFY_LIMIT = 40;
    static final GreenMail SMTP = startSmtp();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = Deployments.app("certificates");
        String config;
        try (InputStream in = war.get("/WEB-INF/classes/META-INF/microprofile-config.properties").getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config += "maple.mail.host=127.0.0.1\nmaple.mail.port=" + SMTP.getSmtp().getPort() + "\n"
                + "maple.mail.from=MAPLE <maple@maple.test>\n"
                + "maple.base-url=https://maple.example.org/\n"
                + "maple.verify.max-per-minute=" + VERIFY_LIMIT + "\nmaple.verify.trust-forwarded-for=true\n";
        war.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
        war.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
        return war.addClass(CertificateTestSupport.class);
    }

    static GreenMail startSmtp() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    /** THE way a test completes a course: every lesson done through the API, then its quiz passed. */
    public static void completeCourse(ApiClient learner, String course) {
        JsonArray lessons = learner.json("api/courses/" + course).asJsonObject().getJsonArray("lessons");
        // open the course's first lesson as a learner does (this starts the course)
        assertEquals(200, learner.get("learner/course/lesson.xhtml?c=" + course + "&l="
                + lessons.getJsonObject(0).getString("id")).statusCode());
        for (JsonValue l : lessons) {
            HttpResponse<String> r = learner.post("api/me/courses/" + course + "/lessons/" + l.asJsonObject().getString("id") + "/done");
            assertEquals(200, r.statusCode(), r.body());
        }
        QuizPass.pass(learner, course);
    }

    static JsonObject certificateFor(ApiClient holder, String course) {
        return holder.json("api/certificates/mine").asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("courseCode").equals(course) && c.getString("status").equals("valid"))
                .findFirst().orElseThrow(() -> new AssertionError("no valid certificate for " + course));
    }

    @Test
    void completingACourseIssuesOneCertificateAndConcurrentEventsStillIssueOnlyOne() {
        ApiClient alex = ApiClient.signedIn(base, "learner@maple.test");
        completeCourse(alex, ESSENTIALS);
        JsonObject c = certificateFor(alex, ESSENTIALS);
        assertEquals("Alex Taylor", c.getString("holder"));
        assertEquals(1, c.getInt("courseVersion"));
        assertEquals(LocalDate.now().plusMonths(24).toString(), c.getString("expiresOn"));
        assertTrue(c.getJsonArray("danos").size() > 0);
        assertTrue(c.getString("displayCode").matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
        assertEquals("https://maple.example.org/verify/" + c.getString("code"), c.getString("verifyUrl"));
        completeCourse(alex, ESSENTIALS); // again: nothing new
        assertEquals(1, countOf(alex, ESSENTIALS));

        String enrolment = alex.post("api/test/certificates/completed-enrolment?email=learner@maple.test&course=" + SMART).body();
        HttpResponse<String> race = alex.post("api/test/certificates/race?enrolment=" + enrolment + "&times=8");
        assertEquals(200, race.statusCode(), race.body());
        List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            more.add(CompletableFuture.supplyAsync(() -> alex.post("api/test/certificates/race?enrolment=" + enrolment + "&times=2")));
        }
        more.forEach(f -> assertEquals(200, f.join().statusCode()));
        assertEquals("1", alex.post("api/test/certificates/count?enrolment=" + enrolment).body());
        assertEquals(1, countOf(alex, SMART));
        assertEquals("92.5", certificateFor(alex, SMART).getString("score"));
    }

    @Test
    void completingEveryInductionCourseIssuesTheInductionCertificate() {
        ApiClient sam = ApiClient.signedIn(base, "sam@maple.test");
        List<String> induction = sam.json("api/me/progress").asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getBoolean("induction")).map(c -> c.getString("code")).toList();
        assertTrue(induction.size() >= 4, induction.toString());
        for (String course : induction) {
            assertTrue(sam.json("api/certificates/mine").asJsonArray().stream()
                    .noneMatch(c -> c.asJsonObject().getString("kind").equals("INDUCTION")), "not before the last course");
            completeCourse(sam, course);
        }
        JsonObject ind = sam.json("api/certificates/mine").asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("kind").equals("INDUCTION")).findFirst().orElseThrow();
        assertEquals("Sam Okafor", ind.getString("holder"));
        assertTrue(!ind.containsKey("expiresOn") || ind.isNull("expiresOn"), "the induction certificate does not expire");
        assertEquals(induction.size() + 1, sam.json("api/certificates/mine").asJsonArray().size());
    }

    @Test
    void verificationReportsValidExpiredRevokedSupersededAndUnknown() {
        ApiClient priya = ApiClient.signedIn(base, "priya@maple.test");
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        ApiClient anyone = new ApiClient(base);
        JsonObject demo = certificateFor(priya, ESSENTIALS); // the demo's completed course: caught up at start
        assertFalse(demo.containsKey("score") && !demo.isNull("score"), "a caught-up completion has no score");
        completeCourse(priya, TWELVE_STEP);
        completeCourse(priya, FAMILY);
        String valid = certificateFor(priya, TWELVE_STEP).getString("code");
        String toRevoke = certificateFor(priya, FAMILY).getString("code");

        JsonObject v = anyone.json("api/verify/" + valid).asJsonObject();
        assertEquals("valid", v.getString("result"));
        assertEquals("Priya Shah", v.getString("holder"));
        assertFalse(v.containsKey("score") && !v.isNull("score"), "no score");
        assertFalse(v.toString().contains("priya@"), "no e-mail");
        assertEquals(64, v.getString("contentHash").length());
        assertEquals("valid", anyone.json("api/verify/" + valid.toLowerCase().substring(0, 4) + "%20" + valid.substring(4))
                .asJsonObject().getString("result"), "typed loosely");
        HttpResponse<String> page = anyone.get("verify/" + valid);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Priya Shah") && page.body().contains("Valid"), page.body());
        assertEquals(200, anyone.get("verify").statusCode());
        assertEquals(200, anyone.get("verify?code=" + valid).statusCode());

        assertEquals(400, manager.postJson("api/certificates/" + toRevoke + "/revoke", "{\"reason\":\"\"}").statusCode());
        assertEquals(415, manager.post("api/certificates/" + toRevoke + "/revoke", "reason=Form+post",
                "application/x-www-form-urlencoded").statusCode(), "no form-encoded variant (it had no same-origin check)");
        HttpResponse<String> revoked = manager.post("api/certificates/" + toRevoke + "/revoke",
                "{\"reason\":\"Issued to the wrong person\"}", "application/json");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(409, manager.postJson("api/certificates/" + toRevoke + "/revoke", "{\"reason\":\"again\"}").statusCode());
        JsonObject r = anyone.json("api/verify/" + toRevoke).asJsonObject();
        assertEquals("revoked", r.getString("result"));
        assertEquals("Issued to the wrong person", r.getString("revokedReason"));
        List<String> trail = manager.json("api/certificates/" + toRevoke + "/audit").asJsonArray().stream()
                .map(a -> a.asJsonObject().getString("action") + ":" + a.asJsonObject().getString("actor")).toList();
        assertEquals(List.of("ISSUED:system", "REVOKED:manager@maple.test"), trail);

        String past = LocalDate.now().minusYears(2).minusDays(2).toString();
        assertEquals(200, admin.post("api/test/certificates/dates?code=" + valid + "&completed=" + past + "&expires="
                + LocalDate.now().minusDays(1)).statusCode());
        JsonObject expired = anyone.json("api/verify/" + valid).asJsonObject();
        assertEquals("expired", expired.getString("result"));
        assertTrue(priya.json("api/certificates/mine").toString().contains("\"expired\""));
        long team = manager.json("api/teams").asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        long priyaId = manager.json("api/teams/" + team + "/progress").asJsonObject().getJsonArray("members").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("email").equals("priya@maple.test")).findFirst()
                .orElseThrow().getJsonNumber("personId").longValue();
        JsonObject standing = manager.json("api/certificates/people/" + priyaId + "/standing").asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("courseCode").equals(TWELVE_STEP)).findFirst().orElseThrow();
        assertEquals("expired", standing.getString("status"), "expired shows as expired for other views too");
        assertEquals(403, ApiClient.signedIn(base, "sam@maple.test").get("api/certificates/people/" + priyaId + "/standing")
                .statusCode());
        ApiClient trainer = ApiClient.signedIn(base, "trainer@maple.test"); // holds no certificate
        long trainerId = trainer.json("api/session").asJsonObject().getJsonNumber("id").longValue();
        assertEquals(403, ApiClient.signedIn(base, "sam@maple.test").get("api/certificates/people/" + trainerId + "/standing")
                .statusCode(), "someone else's standing is refused also when they hold no certificate");
        assertEquals(403, manager.get("api/certificates/people/" + trainerId + "/standing").statusCode(), "not in the team");
        assertEquals("[]", trainer.get("api/certificates/people/" + trainerId + "/standing").body());
        assertEquals("[]", admin.get("api/certificates/people/" + trainerId + "/standing").body());

        ApiClient jo = ApiClient.signedIn(base, "jo@maple.test");
        completeCourse(jo, ESSENTIALS);
        String before = certificateFor(jo, ESSENTIALS).getString("code");
        assertEquals(200, admin.post("api/test/certificates/rename?email=jo@maple.test&name=" + ApiClient.enc("Siân O'Brien-Nguyễn")
                + "&team=" + ApiClient.enc(RIVERSIDE)).statusCode());
        JsonObject old = anyone.json("api/verify/" + before).asJsonObject();
        assertEquals("superseded", old.getString("result"));
        assertEquals("Siân O'Brien", old.getString("holder"));
        JsonObject now = certificateFor(jo, ESSENTIALS);
        assertNotEquals(before, now.getString("code"));
        assertEquals("Siân O'Brien-Nguyễn", now.getString("holder"));
        assertEquals(2, now.getInt("edition"));

        HttpResponse<String> unknown = anyone.get("api/verify/ABCD-EFGH-JKMN");
        assertEquals(404, unknown.statusCode());
        assertEquals("not-found", ApiClient.parse(unknown.body()).asJsonObject().getString("result"));
        assertEquals(404, anyone.get("api/verify/not-a-code").statusCode());
        assertEquals(404, anyone.get("verify/ZZZZ-ZZZZ-ZZZZ").statusCode());
    }

    @Test
    void pdfAndOpenBadgeDownloadAndACredentialIsCheckedForTampering() throws IOException {
        ApiClient holder = ApiClient.signedIn(base, "jo@maple.test");
        completeCourse(holder, SMART);
        JsonObject c = certificateFor(holder, SMART);
        HttpResponse<byte[]> pdf = bytes("jo@maple.test", "api/certificates/" + c.getString("code") + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(c.getString("holder")), text);
            assertTrue(text.contains(c.getString("displayCode")), text);
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
        }
        String jwt = holder.get("api/certificates/" + c.getString("code") + "/badge").body();
        ApiClient anyone = new ApiClient(base);
        JsonObject jwks = anyone.json("api/verify/jwks.json").asJsonObject();
        assertEquals("RSA", jwks.getJsonArray("keys").getJsonObject(0).getString("kty"));
        assertFalse(jwks.getJsonArray("keys").getJsonObject(0).containsKey("d"), "no private part");
        JsonObject ok = ApiClient.parse(anyone.post("api/verify/credential", jwt, "text/plain").body()).asJsonObject();
        assertEquals("valid", ok.getString("result"), ok.toString());

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("SMART Recovery", "Advanced SMART Recovery").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        JsonObject tampered = ApiClient.parse(anyone.post("api/verify/credential", "{\"credential\":\"" + forged + "\"}",
                "application/json").body()).asJsonObject();
        assertEquals("tampered", tampered.getString("result"));
        assertEquals(400, anyone.post("api/verify/credential", "nonsense", "text/plain").statusCode());

        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        assertEquals(200, manager.postJson("api/certificates/" + c.getString("code") + "/revoke",
                "{\"reason\":\"Test of revocation\"}").statusCode());
        assertEquals("revoked", ApiClient.parse(anyone.post("api/verify/credential", jwt, "text/plain").body()).asJsonObject()
                .getString("result"));
    }

    @Test
    void remindersAreSentOnceEachToHolderAndManagerAndTheCourseIsReassigned() throws Exception {
        ApiClient learner = ApiClient.signedIn(base, "priya@maple.test");
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        String course = "fama-facilitating-access";
        completeCourse(learner, course);
        String code = certificateFor(learner, course).getString("code");
        LocalDate expires = LocalDate.now().plusDays(25);
        admin.post("api/test/certificates/dates?code=" + code + "&completed=" + expires.minusMonths(24) + "&expires=" + expires);

        List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // two "nodes" and a manual run at once
            runs.add(CompletableFuture.supplyAsync(() -> admin.post("api/certificates/jobs/renewal")));
        }
        runs.forEach(f -> assertEquals(200, f.join().statusCode(), f.join().body()));
        assertTrue(runs.stream().anyMatch(f -> f.join().body().contains("\"skipped\":false")), "one run did the work");
        HttpResponse<String> again = admin.post("api/certificates/jobs/renewal");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"remindersCreated\":0"), again.body());
        assertEquals(403, learner.post("api/certificates/jobs/renewal").statusCode());

        Map<String, Long> mails = mailsAbout(code);
        assertEquals(Map.of("priya@maple.test", 1L, "manager@maple.test", 1L), mails);
        MimeMessage toHolder = messagesAbout(code).stream().filter(m -> to(m).equals("priya@maple.test")).findFirst().orElseThrow();
        assertTrue(toHolder.getSubject().contains("expires on"), toHolder.getSubject());
        assertTrue(toHolder.getContent().toString().contains("30 days before expiry"), toHolder.getContent().toString());

        JsonObject notice = learner.json("api/certificates/reminders").asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals(30, notice.getInt("thresholdDays"));
        assertTrue(ApiClient.signedIn(base, "manager@maple.test").json("api/certificates/reminders").toString().contains(code));

        JsonObject outline = learner.json("api/me/courses/" + course).asJsonObject();
        assertEquals("IN_PROGRESS", outline.getString("status"), "re-assigned: a new cycle on the newest version");
        assertEquals("valid", new ApiClient(base).json("api/verify/" + code).asJsonObject().getString("result"),
                "the old certificate stays valid until it expires");
        assertTrue(learner.json("api/certificates/mine").toString().contains("\"renewalAssigned\":true"));
    }

    @Test
    void unsentRemindersOfExpiredCertificatesOrLongPastDueAreNotMailedLate() throws Exception {
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        assertEquals(200, admin.post("api/test/certificates/team?name=Lakeside+Team&manager=lake.manager@maple.test"
                + "&learner=lake@maple.test&learnerName=Lee+Lake").statusCode());
        ApiClient learner = ApiClient.signedIn(base, "lake@maple.test");
        completeCourse(learner, ESSENTIALS);
        completeCourse(learner, SMART);
        String soon = certificateFor(learner, ESSENTIALS).getString("code");
        String expired = certificateFor(learner, SMART).getString("code");
        LocalDate today = LocalDate.now();
        admin.post("api/test/certificates/dates?code=" + soon + "&completed=" + today.minusMonths(23) + "&expires="
                + today.plusDays(20));
        admin.post("api/test/certificates/dates?code=" + expired + "&completed=" + today.minusMonths(25) + "&expires="
                + today.minusDays(3));
        // made while no mail server was configured: the 90-day one was due 70 days ago, the other's certificate expired
        assertEquals(200, admin.post("api/test/certificates/unmailed-reminder?code=" + soon + "&threshold=90&email=lake@maple.test")
                .statusCode());
        assertEquals(200, admin.post("api/test/certificates/unmailed-reminder?code=" + expired
                + "&threshold=7&email=lake@maple.test").statusCode());

        HttpResponse<String> run = admin.post("api/certificates/jobs/renewal");
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(run.body().contains("\"mailsFailed\":0"), run.body());
        assertTrue(messagesAbout(expired).isEmpty(), "nothing about an expired certificate");
        List<String> aboutSoon = new ArrayList<>();
        for (MimeMessage m : messagesAbout(soon)) {
            aboutSoon.add(m.getContent().toString().replaceAll("(?s).*This is reminder (\\d+) days.*", "$1"));
        }
        assertEquals(List.of("30", "30"), aboutSoon, "only the reminder due now, to holder and manager");
    }

    @Test
    void aManagerDownloadsTheirTeamAsOneZipButNeverAnotherTeamsCertificates() throws IOException {
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        String otherTeam = admin.post("api/test/certificates/team?name=Hillside+Team&manager=other.manager@maple.test"
                + "&learner=nguyen@maple.test&learnerName=" + ApiClient.enc("Nguyễn Thị Lan")).body();
        ApiClient nguyen = ApiClient.signedIn(base, "nguyen@maple.test");
        completeCourse(nguyen, ESSENTIALS);
        String theirs = certificateFor(nguyen, ESSENTIALS).getString("code");

        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        assertEquals(403, manager.postJson("api/certificates/" + theirs + "/revoke", "{\"reason\":\"Not mine\"}").statusCode());
        assertEquals(403, manager.get("api/certificates/" + theirs + "/pdf").statusCode());
        assertEquals(403, manager.get("api/certificates/" + theirs + "/audit").statusCode());
        assertEquals(404, manager.get("api/certificates/teams/" + otherTeam).statusCode());
        assertEquals(404, manager.get("api/certificates/teams/" + otherTeam + "/zip").statusCode());
        assertEquals(403, ApiClient.signedIn(base, "sam@maple.test").get("api/certificates/" + theirs + "/pdf").statusCode());
        assertEquals("valid", new ApiClient(base).json("api/verify/" + theirs).asJsonObject().getString("result"));

        ApiClient alex = ApiClient.signedIn(base, "learner@maple.test");
        completeCourse(alex, FAMILY);
        long own = manager.json("api/certificates/teams").asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject team = manager.json("api/certificates/teams/" + own).asJsonObject();
        List<String> current = team.getJsonArray("certificates").stream().map(JsonValue::asJsonObject)
                .filter(c -> !c.getString("status").equals("superseded")).map(c -> c.getString("code")).sorted().toList();
        assertFalse(current.isEmpty());
        assertTrue(team.toString().contains("Alex Taylor") && !team.toString().contains("Thị Lan"));
        HttpResponse<byte[]> zip = bytes("manager@maple.test", "api/certificates/teams/" + own + "/zip");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        List<String> inZip = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] pdf = in.readAllBytes();
                assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII), e.getName());
                inZip.add(e.getName().replaceAll(".*-([0-9A-Z]{12})\\.pdf$", "$1"));
            }
        }
        assertEquals(current, inZip.stream().sorted().toList());
        assertEquals(403, nguyen.get("api/certificates/teams/" + own).statusCode(), "a learner has no team view");
        ApiClient otherManager = ApiClient.signedIn(base, "other.manager@maple.test");
        assertEquals(200, otherManager.get("api/certificates/teams/" + otherTeam + "/zip").statusCode());
    }

    @Test
    void verificationIsPublicAndRateLimitedPerClient() throws Exception {
        ApiClient anonymous = new ApiClient(base);
        assertEquals(200, anonymous.get("verify").statusCode(), "no sign-in needed");
        assertEquals(200, anonymous.get("api/verify/jwks.json").statusCode());
        HttpClient http = HttpClient.newHttpClient();
        int allowed = 0;
        HttpResponse<String> limited = null;
        for (int i = 0; i < 2 * VERIFY_LIMIT + 2 && limited == null; i++) { // a minute may turn over once
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/verify/ABCD-EFGH-JKMN"))
                    .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(404, r.statusCode(), r.body());
                allowed++;
            }
        }
        assertTrue(limited != null && allowed >= VERIFY_LIMIT, "limited after " + allowed);
        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertTrue(limited.body().contains("Too many"), limited.body());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "verify/ABCD-EFGH-JKMN"))
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, page.statusCode());
        assertEquals(429, http.send(HttpRequest.newBuilder(URI.create(base + "api/verify/ABCD-EFGH-JKMN"))
                .header("X-Forwarded-For", "198.51.100.77, 203.0.113.9").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "a made-up leading address does not escape the limit: the proxy's (last) entry counts");
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "api/verify/ABCD-EFGH-JKMN"))
                .header("X-Forwarded-For", "203.0.113.9, 203.0.113.10").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "another client (a different last address) is not limited");
    }

    private static long countOf(ApiClient holder, String course) {
        return holder.json("api/certificates/mine").asJsonArray().stream()
                .filter(c -> c.asJsonObject().getString("courseCode").equals(course)).count();
    }

    /** GET as a signed-in person, keeping the body as bytes (PDFs, ZIPs). */
    private HttpResponse<byte[]> bytes(String email, String path) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        try {
            HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "api/session"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + ApiClient.enc(email) + "&password=maple-demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, in.statusCode(), in.body());
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> messagesAbout(String code) throws MessagingException, IOException {
        List<MimeMessage> out = new ArrayList<>();
        String display = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getContent().toString().contains(display)) {
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, Long> mailsAbout(String code) throws MessagingException, IOException {
        return messagesAbout(code).stream().collect(Collectors.groupingBy(CertificateIT::to, Collectors.counting()));
    }

    private static String to(Message m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
