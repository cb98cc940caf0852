package org.maple.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * Practice records over HTTP, on H2 and (tag "db") PostgreSQL: the open-meeting log and its review
 * firing competency evidence, the FAMA log's identifier check, row rules between teams,
 * supervision acknowledgement and reopening, the directory's import, search and stale flags.
 * Evidence events are observed by {@link PracticeTestSupport}, added to this deployment only.
 */
@Tag("db")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PracticeIT {

    static final String JSON = "application/json";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("practice").addClass(PracticeTestSupport.class);
    }

    static String meeting(String fellowship, LocalDate on, String happened) {
        return """
                {"fellowship": "%s", "attendedOn": "%s", "mode": "IN_PERSON",
                 "whatHappened": "%s", "whatSurprised": "How warm the welcome was.",
                 "clientDifficulty": "Walking in alone.", "howDescribe": "Friendly, no pressure to speak."}
                """.formatted(fellowship, on, happened);
    }

    long riversideTeam(ApiClient manager) {
        return manager.json("api/teams").asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    long secondTeam() {
        HttpResponse<String> r = new ApiClient(base).post("api/test/practice/second-team");
        assertEquals(200, r.statusCode(), r.body());
        return ApiClient.parse(r.body()).asJsonObject().getJsonNumber("teamId").longValue();
    }

    List<JsonObject> evidence(String kind, long recordId) {
        return new ApiClient(base).json("api/test/practice/evidence").asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals(kind) && e.getJsonNumber("recordId").longValue() == recordId)
                .toList();
    }

    static long id(HttpResponse<String> r) {
        return ApiClient.parse(r.body()).asJsonObject().getJsonNumber("id").longValue();
    }

    @Test
    void aVerifiedMeetingFiresEvidenceAndWithdrawingItFiresCountsFalse() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        LocalDate today = LocalDate.now();
        HttpResponse<String> created = learner.post("api/me/meetings", meeting("AL_ANON", today.minusDays(2),
                "An Al-Anon open meeting; about twelve people."), JSON);
        assertEquals(201, created.statusCode(), created.body());
        long meetingId = id(created);
        assertEquals("SUBMITTED", ApiClient.parse(created.body()).asJsonObject().getString("state"));
        JsonObject progress = learner.json("api/me/meetings/progress").asJsonObject();
        assertTrue(progress.getInt("counted") >= 1);
        assertEquals("ON_TRACK", progress.getString("status"));

        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        JsonObject team = manager.json("api/teams/" + riversideTeam(manager) + "/practice").asJsonObject();
        assertTrue(team.getJsonArray("members").stream().map(JsonValue::asJsonObject)
                .flatMap(m -> m.getJsonArray("meetings").stream()).map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getJsonNumber("id").longValue() == meetingId));
        assertTrue(team.getInt("waitingForReview") >= 1);

        String review = "api/practice/meetings/" + meetingId + "/review";
        assertEquals(400, manager.post(review, "{\"decision\": \"more\"}", JSON).statusCode(), "asking for more needs a comment");
        HttpResponse<String> verified = manager.post(review, "{\"decision\": \"verify\", \"comment\": \"Good reflection.\"}", JSON);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VERIFIED", ApiClient.parse(verified.body()).asJsonObject().getString("state"));
        assertEquals(200, manager.post(review, "{\"decision\": \"verify\"}", JSON).statusCode(), "verifying twice is harmless");

        List<JsonObject> events = evidence("meeting", meetingId);
        assertEquals(1, events.size(), "one event for a double verification: " + events);
        JsonObject e = events.get(0);
        assertTrue(e.getBoolean("counts"));
        assertEquals("AB7,AF1", e.getString("codes"), "a family group: mutual aid knowledge and family access units");
        assertEquals(today.minusDays(2).toString(), e.getString("occurredOn"));
        assertEquals(ApiClient.parse(created.body()).asJsonObject().getJsonNumber("personId").longValue(),
                e.getJsonNumber("personId").longValue());

        HttpResponse<String> edit = learner.send("PUT", "api/me/meetings/" + meetingId, meeting("AL_ANON", today, "x"), JSON);
        assertEquals(409, edit.statusCode(), "a verified entry is not edited: " + edit.body());
        assertEquals(409, learner.delete("api/me/meetings/" + meetingId).statusCode());
        assertEquals(400, manager.post(review, "{\"decision\": \"withdraw\"}", JSON).statusCode(), "withdrawing needs a reason");
        HttpResponse<String> withdrawn = manager.post(review, "{\"decision\": \"withdraw\", \"comment\": \"Wrong date.\"}", JSON);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("SUBMITTED", ApiClient.parse(withdrawn.body()).asJsonObject().getString("state"));
        events = evidence("meeting", meetingId);
        assertEquals(2, events.size());
        assertFalse(events.get(1).getBoolean("counts"), "withdrawn: the record no longer counts");
        assertEquals(400, manager.post(review, "{\"decision\": \"approve\"}", JSON).statusCode());
        assertEquals(200, learner.send("PUT", "api/me/meetings/" + meetingId, meeting("AL_ANON", today.minusDays(3),
                "Corrected the date."), JSON).statusCode());
    }

    @Test
    void aManagerCannotReadOrReviewAnotherTeamsLogsOrSupervision() {
        long hillside = secondTeam();
        ApiClient learner = ApiClient.signedIn(base, "sam@maple.test");
        long meetingId = id(learner.post("api/me/meetings", meeting("NA", LocalDate.now(), "An NA open meeting."), JSON));
        long famaId = id(learner.post("api/me/fama", fama("RRT-7001"), JSON));
        ApiClient riverside = ApiClient.signedIn(base, "manager@maple.test");
        long riversideTeam = riversideTeam(riverside);
        long samId = ApiClient.parse(learner.get("api/me/meetings/" + meetingId).body()).asJsonObject()
                .getJsonNumber("personId").longValue();
        HttpResponse<String> session = riverside.post("api/supervision", supervision(samId, LocalDate.now()), JSON);
        assertEquals(201, session.statusCode(), session.body());
        long sessionId = id(session);

        ApiClient other = ApiClient.signedIn(base, "hill.manager@maple.test");
        assertEquals(200, other.get("api/teams/" + hillside + "/practice").statusCode());
        assertEquals(404, other.get("api/teams/" + riversideTeam + "/practice").statusCode());
        assertEquals(404, other.get("api/teams/" + riversideTeam + "/practice/supervision").statusCode());
        assertEquals(404, other.get("api/supervision/" + sessionId).statusCode());
        assertEquals(404, other.post("api/practice/meetings/" + meetingId + "/review", "{\"decision\":\"verify\"}", JSON).statusCode());
        assertEquals(404, other.post("api/practice/fama/" + famaId + "/review", "{\"decision\":\"verify\"}", JSON).statusCode());
        assertEquals(404, other.post("api/supervision/" + sessionId + "/reopen", "{\"text\":\"x\"}", JSON).statusCode());
        assertEquals(404, other.get("api/supervision/agenda/" + samId).statusCode());
        assertEquals(404, other.post("api/supervision", supervision(samId, LocalDate.now()), JSON).statusCode(),
                "no session with someone else's team member");
        assertEquals(404, riverside.get("api/teams/" + hillside + "/practice").statusCode());

        ApiClient colleague = ApiClient.signedIn(base, "priya@maple.test");
        assertEquals(403, colleague.get("api/teams/" + riversideTeam + "/practice").statusCode());
        assertEquals(404, colleague.get("api/supervision/" + sessionId).statusCode(), "a colleague cannot read it");
        assertEquals(404, colleague.get("api/me/meetings/" + meetingId).statusCode(), "nor someone else's meeting");
        assertEquals(403, colleague.post("api/practice/meetings/" + meetingId + "/review", "{\"decision\":\"verify\"}", JSON).statusCode());
        assertEquals(200, learner.get("api/supervision/" + sessionId).statusCode(), "the supervisee can");

        JsonArray agenda = riverside.json("api/supervision/agenda/" + samId).asJsonArray();
        String text = agenda.stream().map(v -> v.asJsonObject().getString("text")).collect(Collectors.joining("\n"));
        assertTrue(text.contains("Course overdue: Mutual aid: essentials and evidence"), text);
        assertFalse(text.contains("No FAMA practice logged yet"), text);
    }

    @Test
    void aManagerWhoIsAlsoAnAdminSupervisesOnlyTheirOwnTeam() {
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        HttpResponse<String> imported = admin.post("api/admin/staff/import", """
                name,email,role,team,start_date
                Dee Dual,dee.dual@maple.test,manager;admin,Dual Role Team,2026-01-05
                Dev Dualteam,dev.dualteam@maple.test,learner,Dual Role Team,2026-01-05
                """, "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        ApiClient dual = new ApiClient(base);
        assertEquals(200, dual.signIn("dee.dual@maple.test", ApiClient.parse(imported.body()).asJsonObject()
                .getJsonArray("imported").getJsonObject(0).getString("temporaryPassword")).statusCode());

        HttpResponse<String> listed = dual.get("api/supervision/supervisees");
        assertEquals(200, listed.statusCode(), listed.body());
        JsonArray supervisees = ApiClient.parse(listed.body()).asJsonArray();
        assertEquals(List.of("Dev Dualteam"), names(supervisees),
                "only the team they manage, not every team an admin can see: " + supervisees);
        long devId = supervisees.getJsonObject(0).getJsonNumber("personId").longValue();
        assertEquals(201, dual.post("api/supervision", supervision(devId, LocalDate.now()), JSON).statusCode());
        HttpResponse<String> sessions = dual.get("api/supervision/supervisees/" + devId + "/sessions");
        assertEquals(200, sessions.statusCode(), sessions.body());
        assertEquals(1, ApiClient.parse(sessions.body()).asJsonArray().size());

        String page = dual.get("manager/practice/supervision.xhtml").body();
        assertTrue(page.contains("Supervision with Dev Dualteam") && page.contains("Waiting for acknowledgement"), page);
        assertEquals(200, dual.get("manager/practice/supervision.xhtml?person=" + devId).statusCode());

        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        long joId = manager.json("api/supervision/supervisees").asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("name").startsWith("Si")).findFirst().orElseThrow().getJsonNumber("personId").longValue();
        assertEquals(404, dual.get("api/supervision/supervisees/" + joId + "/sessions").statusCode(),
                "being an admin does not make someone else's team member a supervisee");
        assertEquals(404, dual.get("api/supervision/agenda/" + joId).statusCode());
        assertEquals(404, dual.get("manager/practice/supervision.xhtml?person=" + joId).statusCode());
        assertEquals(403, ApiClient.signedIn(base, "learner@maple.test").get("api/supervision/supervisees").statusCode());
    }

    @Test
    void onlyTheSupervisorReopensAnAcknowledgedSessionAndAcknowledgementIsEvidence() {
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        ApiClient jo = ApiClient.signedIn(base, "jo@maple.test");
        long joId = manager.json("api/teams/" + riversideTeam(manager) + "/practice").asJsonObject().getJsonArray("members")
                .stream().map(JsonValue::asJsonObject).filter(m -> m.getString("name").startsWith("Si"))
                .findFirst().orElseThrow().getJsonNumber("personId").longValue();
        JsonArray prompts = manager.json("api/supervision/prompts").asJsonArray();
        assertEquals(13, prompts.stream().filter(p -> p.asJsonObject().getString("code").startsWith("SP-")).count());

        HttpResponse<String> created = manager.post("api/supervision", supervision(joId, LocalDate.now().minusDays(1)), JSON);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject s = ApiClient.parse(created.body()).asJsonObject();
        long id = s.getJsonNumber("id").longValue();
        assertEquals(13, s.getJsonArray("items").size(), "the checklist holds every prompt in use");
        assertTrue(s.getJsonArray("items").getJsonObject(2).getBoolean("discussed"));
        assertEquals(1, s.getJsonArray("actions").size());
        assertEquals("OPEN", s.getString("state"));

        assertEquals(403, manager.post("api/supervision/" + id + "/acknowledge", "{}", JSON).statusCode(),
                "the supervisor does not acknowledge for the member of staff");
        HttpResponse<String> ack = jo.post("api/supervision/" + id + "/acknowledge", "{\"text\": \"Agreed.\"}", JSON);
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals("ACKNOWLEDGED", ApiClient.parse(ack.body()).asJsonObject().getString("state"));
        List<JsonObject> events = evidence("supervision", id);
        assertEquals(1, events.size());
        assertEquals("GEN36", events.get(0).getString("codes"));
        assertTrue(events.get(0).getBoolean("counts"));

        assertEquals(409, manager.send("PUT", "api/supervision/" + id, supervision(joId, LocalDate.now()), JSON).statusCode(),
                "acknowledged: reopen before editing");
        assertEquals(403, jo.post("api/supervision/" + id + "/reopen", "{\"text\": \"I disagree\"}", JSON).statusCode(),
                "the member of staff cannot reopen");
        assertEquals(403, ApiClient.signedIn(base, "admin@maple.test").post("api/supervision/" + id + "/reopen",
                "{\"text\": \"x\"}", JSON).statusCode(), "nor can an admin");
        assertEquals(400, manager.post("api/supervision/" + id + "/reopen", "{}", JSON).statusCode(), "a reason is required");
        HttpResponse<String> reopened = manager.post("api/supervision/" + id + "/reopen", "{\"text\": \"Add an action.\"}", JSON);
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals("OPEN", ApiClient.parse(reopened.body()).asJsonObject().getString("state"));
        events = evidence("supervision", id);
        assertEquals(2, events.size());
        assertFalse(events.get(1).getBoolean("counts"));
        assertEquals(200, manager.send("PUT", "api/supervision/" + id, supervision(joId, LocalDate.now()), JSON).statusCode());
        assertEquals(200, jo.post("api/supervision/" + id + "/acknowledge", "{}", JSON).statusCode());
        assertEquals(3, evidence("supervision", id).size());

        String bad = supervision(joId, LocalDate.now()).replace("SP-03", "SP-99");
        assertEquals(400, manager.post("api/supervision", bad, JSON).statusCode());
        assertEquals(400, manager.post("api/supervision", supervision(joId, LocalDate.now().plusDays(1)), JSON).statusCode());
        assertEquals(403, manager.send("PUT", "api/supervision/prompts/SP-14",
                "{\"text\": \"Do you know the local SMART lead?\", \"position\": 14, \"active\": true}", JSON).statusCode());
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        assertEquals(200, admin.send("PUT", "api/supervision/prompts/SP-14",
                "{\"text\": \"Do you know the local SMART lead?\", \"position\": 14, \"active\": true}", JSON).statusCode());
        assertEquals(14, ApiClient.parse(manager.post("api/supervision", supervision(joId, LocalDate.now()), JSON).body())
                .asJsonObject().getJsonArray("items").size(), "an admin's new prompt is on the next session's checklist");
    }

    @Test
    void famaReferencesThatLookLikeIdentifiersAreRefusedAndAggregatesCount() {
        ApiClient learner = ApiClient.signedIn(base, "priya@maple.test");
        for (String ref : List.of("943 476 5919", "jo@example.org", "07700 900123", "J Smith 12/03/1985")) {
            HttpResponse<String> r = learner.post("api/me/fama", fama(ref), JSON);
            assertEquals(400, r.statusCode(), ref);
            assertTrue(r.body().contains("local reference"), r.body());
        }
        HttpResponse<String> ok = learner.post("api/me/fama", fama("RRT-2291"), JSON);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonObject entry = ApiClient.parse(ok.body()).asJsonObject();
        assertEquals(List.of("Assess and introduce", "Facilitate and link"), entry.getJsonArray("stagesDone")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        JsonObject totals = manager.json("api/teams/" + riversideTeam(manager) + "/practice").asJsonObject().getJsonObject("famaTotals");
        assertTrue(totals.getInt("clientsOffered") >= 1);
        assertTrue(totals.getInt("attendedFirstMeeting") >= 1);
        HttpResponse<String> v = manager.post("api/practice/fama/" + entry.getJsonNumber("id").longValue() + "/review",
                "{\"decision\": \"verify\"}", JSON);
        assertEquals(200, v.statusCode(), v.body());
        assertEquals("AF1,AF2,AF3,AI2", evidence("fama", entry.getJsonNumber("id").longValue()).get(0).getString("codes"));
    }

    @Test
    void badInputGetsClear4xxProblems() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        LocalDate today = LocalDate.now();
        record Case(String body, String says) {
        }
        for (Case c : List.of(new Case(meeting("AA", today.plusDays(1), "x"), "in the future"),
                new Case(meeting("AA", today.minusDays(60), "x"), "start date"),
                new Case(meeting("BB", today, "x"), "not one of"),
                new Case(meeting("AA", today, ""), "What happened is required"),
                new Case(meeting("AA", today, "Rang the secretary on 07700 900123"), "phone"),
                new Case(meeting("AA", today, "x").replace("IN_PERSON", "teleport"), "In person or online"),
                new Case(meeting("AA", "not-a-date", "x"), "not a date"),
                new Case("{\"fellowship\": ", ""), new Case("[1, 2]", ""), new Case("", "")))
        {
            HttpResponse<String> r = learner.post("api/me/meetings", c.body(), JSON);
            assertEquals(400, r.statusCode(), c.body() + " -> " + r.body());
            assertTrue(r.body().contains(c.says()), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("problem+json"), c.body());
        }
        assertEquals(404, learner.get("api/me/meetings/999999").statusCode());
        assertEquals(404, learner.get("api/me/meetings/abc").statusCode());
        assertEquals(415, learner.post("api/me/meetings", "fellowship=AA", "application/x-www-form-urlencoded").statusCode());
        assertEquals(401, new ApiClient(base).get("api/me/meetings").statusCode());
        assertEquals(400, learner.get("api/directory?day=someday").statusCode());
        assertEquals(400, learner.get("api/directory?fellowship=XYZ").statusCode());
    }

    @Test
    void directoryImportsReportBadRecordsAndOldEntriesAreStale() {
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        String csv = """
                fellowship,name,day,time,venue,online_url,access,last_verified,id
                AA,Old Tuesday Group,Tuesday,19:30,Old Hall,,open,2020-01-01,old-1
                SMART Recovery,Fresh SMART,Wednesday,18:00,,https://smart.example/online,open,%s,fresh-1
                NA,Closed NA,Thursday,20:00,Church Hall,,closed,%s,closed-1
                CA,Broken,Someday,19:00,Hall,,open,,
                """.formatted(LocalDate.now(), LocalDate.now());
        HttpResponse<String> imported = manager.post("api/directory/import/csv", csv, "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject report = ApiClient.parse(imported.body()).asJsonObject();
        assertEquals(3, report.getInt("added"));
        assertEquals(5, report.getJsonArray("problems").getJsonObject(0).getInt("position"));
        assertEquals(0, ApiClient.parse(manager.post("api/directory/import/csv", csv, "text/csv").body()).asJsonObject()
                .getInt("added"), "re-importing the same ids updates them");

        JsonArray stale = manager.json("api/directory/stale").asJsonArray();
        assertTrue(names(stale).contains("Old Tuesday Group"), stale.toString());
        assertTrue(names(stale).contains("Hope for Families (demo)"), "the demo data has a stale group too");
        assertFalse(names(stale).contains("Fresh SMART") || names(stale).contains("Closed NA"), stale.toString());
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        JsonArray all = learner.json("api/directory").asJsonArray();
        assertTrue(all.stream().map(JsonValue::asJsonObject).anyMatch(g -> g.getString("name").equals("Old Tuesday Group")
                && g.getBoolean("stale")));
        assertTrue(all.stream().map(JsonValue::asJsonObject).anyMatch(g -> g.getString("name").equals("Fresh SMART")
                && !g.getBoolean("stale")));
        assertFalse(names(learner.json("api/directory?open=true").asJsonArray()).contains("Closed NA"));
        List<String> online = names(learner.json("api/directory?online=true").asJsonArray());
        assertTrue(online.contains("Fresh SMART") && !online.contains("Old Tuesday Group") && !online.contains("Closed NA"), online.toString());
        JsonArray naThursday = learner.json("api/directory?fellowship=NA&day=thursday").asJsonArray();
        assertTrue(names(naThursday).contains("Closed NA"));
        assertTrue(naThursday.stream().map(JsonValue::asJsonObject)
                .allMatch(g -> g.getString("fellowship").equals("NA") && g.getString("day").equals("THURSDAY")));

        long oldId = stale.stream().map(JsonValue::asJsonObject).filter(g -> g.getString("name").equals("Old Tuesday Group"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(403, learner.post("api/directory/" + oldId + "/verify").statusCode(), "staff read, managers edit");
        assertEquals(403, learner.get("api/directory/stale").statusCode());
        assertEquals(403, learner.post("api/directory/import/csv", csv, "text/csv").statusCode());
        HttpResponse<String> verified = manager.post("api/directory/" + oldId + "/verify");
        assertEquals(200, verified.statusCode(), verified.body());
        assertFalse(ApiClient.parse(verified.body()).asJsonObject().getBoolean("stale"));
        assertEquals("Morgan Reid", ApiClient.parse(verified.body()).asJsonObject().getString("lastVerifiedBy"));
        assertFalse(names(manager.json("api/directory/stale").asJsonArray()).contains("Old Tuesday Group"));

        String feed = """
                [{"name": "Sunday Serenity", "slug": "sunday-serenity", "day": 0, "time": "18:00",
                  "formatted_address": "Alano Club, 1 Main Street", "types": ["O", "X"], "updated": "2019-05-31 14:32:23"},
                 {"name": "No time", "slug": "no-time", "day": 1, "formatted_address": "Hall"}]
                """;
        HttpResponse<String> mg = manager.post("api/directory/import/meeting-guide?fellowship=AA", feed, JSON);
        assertEquals(200, mg.statusCode(), mg.body());
        JsonObject mgReport = ApiClient.parse(mg.body()).asJsonObject();
        assertEquals(1, mgReport.getInt("added"));
        assertEquals(2, mgReport.getJsonArray("problems").getJsonObject(0).getInt("position"));
        assertTrue(names(manager.json("api/directory/stale").asJsonArray()).contains("Sunday Serenity"),
                "the feed's 'updated' date is when it was last verified");
        assertEquals(400, manager.post("api/directory/import/meeting-guide?fellowship=XX", feed, JSON).statusCode());

        HttpResponse<String> added = manager.post("api/directory", """
                {"fellowship": "SMART_FAMILY_FRIENDS", "name": "Family & Friends online", "day": "monday",
                 "startTime": "19:00", "onlineUrl": "https://smart.example/ff", "access": "OPEN",
                 "contactRoute": "SMART Recovery UK office line"}
                """, JSON);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(400, manager.post("api/directory", """
                {"fellowship": "AA", "name": "Nowhere", "day": "monday", "startTime": "19:00", "access": "OPEN"}
                """, JSON).statusCode());
    }

    @Test
    void everyPracticePageRendersForItsRolesAndIsRefusedToOthers() {
        ApiClient learner = ApiClient.signedIn(base, "learner@maple.test");
        ApiClient manager = ApiClient.signedIn(base, "manager@maple.test");
        ApiClient admin = ApiClient.signedIn(base, "admin@maple.test");
        // some of everything, so that the lists on the pages render too
        HttpResponse<String> m = learner.post("api/me/meetings", meeting("SMART_RECOVERY", LocalDate.now(), "A SMART meeting."), JSON);
        long learnerId = ApiClient.parse(m.body()).asJsonObject().getJsonNumber("personId").longValue();
        assertEquals(201, learner.post("api/me/fama", fama("RRT-1234"), JSON).statusCode());
        assertEquals(201, manager.post("api/supervision", supervision(learnerId, LocalDate.now()), JSON).statusCode());
        assertEquals(201, manager.post("api/directory", """
                {"fellowship": "AA", "name": "Page Test Group", "day": "MONDAY", "startTime": "19:00",
                 "venue": "Hall", "access": "OPEN"}
                """, JSON).statusCode());
        String famaPage = learner.get("learner/practice/fama.xhtml").body();
        assertTrue(famaPage.contains("Stages done: Assess and introduce, Facilitate and link"), famaPage);
        String supervisionPage = manager.get("manager/practice/supervision.xhtml?person=" + learnerId).body();
        assertTrue(supervisionPage.contains("Waiting for acknowledgement") && supervisionPage.contains("SP-13"), supervisionPage);
        assertTrue(learner.get("learner/practice/supervision.xhtml").body().contains("Acknowledge this record"));
        for (String page : List.of("learner/practice/meetings.xhtml", "learner/practice/fama.xhtml",
                "learner/practice/supervision.xhtml", "learner/practice/directory.xhtml",
                "learner/practice/directory.xhtml?fellowship=AA&day=MONDAY&open=true&online=online&q=hall",
                "learner/course/induction.xhtml")) {
            HttpResponse<String> r = learner.get(page);
            assertEquals(200, r.statusCode(), page + ": " + r.body());
        }
        assertTrue(learner.get("learner/course/induction.xhtml").body().contains("Open meetings"));
        String filtered = learner.get("learner/practice/directory.xhtml?fellowship=NA&day=MONDAY").body();
        assertTrue(filtered.contains("<option value=\"NA\" selected=\"selected\">"), "the filter shows what was chosen");
        assertFalse(filtered.contains("<option value=\"AA\" selected"), "and nothing else");
        for (String page : List.of("manager/practice/review.xhtml", "manager/practice/supervision.xhtml",
                "manager/practice/supervision.xhtml?person=" + learnerId,
                "manager/practice/directory.xhtml", "manager/practice/stale.xhtml")) {
            assertEquals(200, manager.get(page).statusCode(), page);
            assertEquals(403, learner.get(page).statusCode(), page);
        }
        assertEquals(200, admin.get("admin/practice/prompts.xhtml").statusCode());
        assertEquals(403, manager.get("admin/practice/prompts.xhtml").statusCode());
        assertEquals(404, manager.get("manager/practice/review.xhtml?team=999999").statusCode());
        assertEquals(404, manager.get("manager/practice/supervision.xhtml?person=999999").statusCode());
    }

    static List<String> names(JsonArray groups) {
        return groups.stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    static String meeting(String fellowship, String on, String happened) {
        return meeting(fellowship, LocalDate.now(), happened).replace(LocalDate.now().toString(), on);
    }

    static String fama(String ref) {
        return """
                {"clientRef": "%s", "practiceOn": "%s",
                 "assessNotes": "Talked through past experience of AA; used MI.",
                 "linkNotes": "Phoned the local SMART lead in session; agreed to meet before the group.",
                 "groupsOffered": ["AA", "SMART_RECOVERY"], "attendedFirst": "YES", "stillAttending": "NOT_YET_KNOWN",
                 "reflection": "Linking in session made the difference."}
                """.formatted(ref, LocalDate.now());
    }

    static String supervision(long superviseeId, LocalDate held) {
        return """
                {"superviseeId": %d, "heldOn": "%s", "notes": "Discussed local groups and first visits.",
                 "items": [{"promptCode": "SP-03", "discussed": true, "note": "Two meetings so far."},
                           {"promptCode": "SP-05", "discussed": false}],
                 "actions": [{"text": "Visit a SMART meeting", "dueOn": "%s"}, {"text": "", "dueOn": ""}]}
                """.formatted(superviseeId, held, held.plusDays(30));
    }
}
