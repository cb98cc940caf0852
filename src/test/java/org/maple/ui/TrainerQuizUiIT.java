package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maple.it.ApiClient;
import org.maple.it.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * In a real browser, by keyboard only: a trainer opens the item statistics of a quiz that has
 * attempts, corrects a question (the bank is reloaded), runs a regrade dry run and applies it with a
 * reason, and checks a GIFT text whose error is reported with its line; a manager grants a member of
 * their team an extra attempt from the team page. Every page is scanned by axe-core.
 */
@RunAsClient
@ExtendWith({BrowserAvailable.class, ArquillianExtension.class})
class TrainerQuizUiIT {

    static final String COURSE = "family-groups";
    static final String TITLE_START = "Family-based groups";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        Path copy = Deployments.contentCopy("trainerquizui");
        Files.writeString(copy.resolve("quizzes/" + COURSE + ".yaml"), bank(true));
        return Deployments.app("trainerquizui", copy);
    }

    @Test
    void aTrainerReadsStatisticsRegradesAndChecksGiftByKeyboard() throws IOException {
        // two graded attempts on the bank whose question 4 has a wrong key: Alex 60 % (fails), Sam 80 % (passes)
        attempt("learner@maple.test", "TTTFF");
        attempt("sam@maple.test", "TTTFT");
        Files.writeString(Deployments.contentCopyPath("trainerquizui").resolve("quizzes/" + COURSE + ".yaml"), bank(false));
        assertEquals(200, ApiClient.signedIn(base, "admin@maple.test").post("api/admin/content/reload").statusCode());

        try (Browser b = Browser.start()) {
            signIn(b, "trainer@maple.test");
            b.waitForUrl("trainer/course/courses.xhtml");
            b.press(By.linkText("Quizzes"));
            b.waitForUrl("trainer/quiz/quizzes.xhtml");
            String row = b.text(By.xpath("//table[@id='quizzes']//tr[th[contains(., '" + TITLE_START + "')]]"));
            assertTrue(row.contains("2 in all") && row.contains("2 by 2 people"), row);

            // item statistics
            b.press(By.xpath("//a[starts-with(@aria-label, 'Item statistics: " + TITLE_START + "')]"));
            b.waitForUrl("statistics.xhtml");
            assertTrue(b.text(By.id("small-sample")).contains("fewer than 5"), "a note on the small sample");
            String items = b.text(By.id("items"));
            assertTrue(items.contains("rg-1") && items.contains("rg-5"), items);
            String q4 = b.text(By.id("q-rg-4"));
            assertTrue(q4.contains("False ✓ correct 2 100 %"), "options with their text, key in words and counts: " + q4);
            String q5 = b.text(By.id("q-rg-5"));
            assertTrue(q5.contains("True ✓ correct 1 50 %") && q5.contains("False wrong 1 50 %"), q5);
            b.screenshot("trainer-statistics");

            // regrade: dry run, a refused apply, then apply with a reason
            b.press(By.linkText("Quizzes"));
            b.waitForUrl("quizzes.xhtml");
            b.press(By.xpath("//a[starts-with(@aria-label, 'Regrade: " + TITLE_START + "')]"));
            b.waitForUrl("regrade.xhtml");
            assertTrue(b.find(By.id("dry:version")).getText().contains("Version 2 (current)"));
            submit(b, By.id("dry:run"));
            String changes = b.text(By.id("changes"));
            assertTrue(changes.contains("Alex Taylor") && changes.contains("60.0 % → 80.0 %")
                    && changes.contains("not passed → passed"), changes);
            assertTrue(changes.contains("Sam Okafor") && changes.contains("80.0 % → 100.0 %") && changes.contains("passed → passed"),
                    "a score that changes is listed even when the result does not: " + changes);
            submit(b, By.id("apply:apply-regrade"));
            assertTrue(b.text(By.id("dry-run")).contains("Give the reason"), "the reason is required, said next to the field");
            b.type(By.id("apply:reason"), "Question rg-4's key was wrong: corrected to false");
            submit(b, By.id("apply:apply-regrade"));
            assertTrue(b.text(By.id("dry-run")).contains("Tick the box"), "the confirmation is required");
            b.type(By.id("apply:reason"), "Question rg-4's key was wrong: corrected to false");
            b.find(By.id("apply:confirm")).sendKeys(Keys.SPACE);
            submit(b, By.id("apply:apply-regrade"));
            assertTrue(b.text(By.id("messages")).contains("Regraded"), b.text(By.id("messages")));
            String history = b.text(By.id("history"));
            assertTrue(history.contains("Question rg-4's key was wrong") && history.contains("Tomasz Nowak")
                    && history.contains("Alex Taylor"), history);
            b.screenshot("trainer-regrade");
            submit(b, By.id("dry:run"));
            assertTrue(b.text(By.id("nothing-to-change")).contains("nothing to apply"), "applied once: nothing left");

            // GIFT: a text with an unsupported question on line 3
            b.press(By.linkText("Quizzes"));
            b.waitForUrl("quizzes.xhtml");
            b.press(By.id("gift-link"));
            b.waitForUrl("gift.xhtml");
            assertTrue(b.text(By.id("exports")).contains(COURSE + ".gift"));
            submit(b, By.id("check:check-gift"));
            assertTrue(b.text(By.id("check")).contains("Paste GIFT text"), "empty: said next to the field");
            b.type(By.id("check:text"), "::Q1:: Fine {=yes ~no}\n\n::Q2:: Numbers {#3:1}\n");
            submit(b, By.id("check:check-gift"));
            assertTrue(b.text(By.id("gift-summary")).startsWith("1 question understood"), b.text(By.id("gift-summary")));
            WebElement first = b.find(By.xpath("//table[@id='gift-problems']/tbody/tr[1]"));
            assertEquals("3", first.findElement(By.xpath("td[1]")).getText(), first.getText());
            assertTrue(first.getText().toLowerCase().contains("numerical"), first.getText());
            b.screenshot("trainer-gift");
        }
    }

    @Test
    void aManagerGrantsAMemberOfTheirTeamAnExtraAttemptFromTheTeamPage() {
        try (Browser b = Browser.start()) {
            signIn(b, "manager@maple.test");
            b.waitForUrl("induction.xhtml");
            b.press(By.linkText("My team"));
            b.waitForUrl("team.xhtml");
            b.press(By.xpath("//a[starts-with(@aria-label, 'Quiz attempts and time: Siân O') and contains(@aria-label, '"
                    + TITLE_START + "')]"));
            b.waitForUrl("manager/quiz/grant.xhtml");
            assertTrue(b.text(By.id("standing")).contains("0 of 3 attempts used"), b.text(By.id("standing")));
            submit(b, By.id("grant:grant-button"));
            assertTrue(b.text(By.id("grant")).contains("Give the reason"), "the reason is required, said next to the field");
            b.type(By.id("grant:attempts"), "1");
            b.type(By.id("grant:reason"), "Missed the first attempt through illness");
            submit(b, By.id("grant:grant-button"));
            assertTrue(b.text(By.id("messages")).contains("1 extra attempt"), b.text(By.id("messages")));
            assertTrue(b.text(By.id("standing")).contains("0 of 4 attempts used"), b.text(By.id("standing")));
            String grants = b.text(By.id("grants"));
            assertTrue(grants.contains("Morgan Reid") && grants.contains("Missed the first attempt through illness"), grants);
            b.screenshot("manager-grant");
        }
    }

    /**
     * Presses a button that posts the page back to itself (same address, same title) and waits for the
     * new page; then scans it with axe-core, which the browser helper does only for a new address.
     */
    private static void submit(Browser b, By button) {
        WebElement old = b.driver().findElement(By.tagName("html"));
        b.press(button);
        WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(b.driver());
        List<String> bad = results.getViolations().stream().filter(v -> List.of("serious", "critical").contains(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(5).toList())
                .toList();
        assertTrue(bad.isEmpty(), "Accessibility violations on " + b.url() + " after " + button + ":\n  " + String.join("\n  ", bad));
    }

    /** Takes the quiz through the API, answering question n True or False as {@code answers} says at n - 1. */
    private void attempt(String email, String answers) {
        ApiClient c = ApiClient.signedIn(base, email);
        JsonObject sheet = ApiClient.parse(c.post("api/me/quizzes/" + COURSE + "/attempts").body()).asJsonObject();
        long id = sheet.getJsonNumber("id").longValue();
        for (JsonValue v : sheet.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            String wanted = answers.charAt(Integer.parseInt(q.getString("id").substring(3)) - 1) == 'T' ? "True" : "False";
            int pos = q.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("text")).toList()
                    .indexOf(wanted);
            assertEquals(200, c.putJson("api/me/attempts/" + id + "/answers/" + q.getString("id"), "{\"choice\":[" + pos + "]}")
                    .statusCode());
        }
        assertEquals(200, c.postJson("api/me/attempts/" + id + "/submit", "{}").statusCode());
    }

    private void signIn(Browser b, String email) {
        b.get(base + "login.xhtml");
        b.type(By.id("login:email"), email);
        b.type(By.id("login:password"), "maple-demo");
        b.press(By.id("login:submit"));
    }

    /** Five true/false questions, one per objective of family-groups ({@code wrongKey}: question 4's key is wrongly true). */
    private static String bank(boolean wrongKey) {
        String[] objectives = {"why-families", "tell-apart", "craft", "refer-al-anon", "right-group"};
        StringBuilder s = new StringBuilder("course: " + COURSE + "\nquiz:\n  perObjective: 1\n  passMark: 80\n  maxAttempts: 3\n"
                + "  shuffleQuestions: false\n  shuffleOptions: false\n  timeLimitMinutes: 0\n  feedback: standard\n\nquestions:\n");
        for (int i = 1; i <= 5; i++) {
            s.append("  - id: rg-").append(i).append("\n    type: truefalse\n    objective: ").append(objectives[i - 1])
                    .append("\n    danos: [AB7]\n    stem: Statement ").append(i).append(" about family groups.\n")
                    .append("    explanation: Explanation ").append(i).append(".\n    answer: ").append(i != 4 || wrongKey)
                    .append("\n    feedbackTrue: Feedback for True.\n    feedbackFalse: Feedback for False.\n");
        }
        return s.toString();
    }
}
