package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maple.it.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new member of staff logs an open meeting with a reflection, by keyboard only, and sees the
 * induction's meeting target move; their manager verifies it on the team practice page. Every page
 * is scanned with axe-core; the manager then finds the verified meeting on the competency matrix, as
 * evidence for the unit it maps to (AF1).
 */
@RunAsClient
@ExtendWith({BrowserAvailable.class, ArquillianExtension.class})
class PracticeUiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("practiceui");
    }

    @Test
    void aNewMemberOfStaffLogsAMeetingByKeyboardAndTheirManagerVerifiesIt() {
        String today = LocalDate.now().toString();
        try (Browser b = Browser.start()) {
            b.get(base + "learner/course/induction.xhtml");
            b.waitForUrl("login.xhtml");
            signIn(b, "learner@maple.test");
            b.waitForUrl("induction.xhtml");
            assertTrue(b.text(By.id("meeting-target")).contains("0 meetings of 0 kinds logged"), b.text(By.id("meeting-target")));

            b.press(By.id("log-meeting-link"));
            b.waitForUrl("meetings.xhtml");
            assertTrue(b.text(By.id("anonymity")).contains("Never name or describe anyone"));
            b.driver().findElement(By.id("log:fellowship")).sendKeys("Narcotics");
            b.type(By.id("log:date"), today);
            b.type(By.id("log:happened"), "An NA open meeting at the community centre: readings, a speaker, then sharing.");
            b.type(By.id("log:surprised"), "How many people said they had been coming for years.");
            b.type(By.id("log:hard"), "Walking into a room of strangers and not knowing the routine.");
            b.type(By.id("log:describe"), "Friendly and informal; you can just listen.");
            b.press(By.id("log:save"));
            b.waitForUrl("meetings.xhtml");
            waitForMessage(b, "Meeting logged");
            String logged = b.text(By.id("meetings"));
            assertTrue(logged.contains("Narcotics Anonymous (NA) · " + today) && logged.contains("Waiting for review"), logged);
            assertTrue(b.text(By.id("meeting-target")).contains("1 meeting of 1 kind logged"));

            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");
            signIn(b, "manager@maple.test");
            b.press(By.linkText("Team practice"));
            b.waitForUrl("review.xhtml");
            b.press(By.cssSelector("[aria-label='Verify the meeting of " + today + " by Alex Taylor']"));
            b.waitForUrl("review.xhtml");
            waitForMessage(b, "Verified");
            b.find(By.cssSelector("[aria-label='Withdraw the verification of the meeting of " + today + " by Alex Taylor']"));
            b.screenshot("practice-review");

            // the verified meeting is evidence for AF1 (issue 8): the matrix shows it, and its cell opens it
            b.press(By.linkText("Team matrix"));
            b.waitForUrl("matrix.xhtml");
            b.press(By.cssSelector("a[aria-label^='Alex Taylor, AF1: In progress']"));
            b.waitForUrl("evidence.xhtml");
            assertTrue(b.text(By.id("unit-status")).contains("In progress"), b.text(By.id("unit-status")));
            String evidence = b.text(By.id("evidence"));
            assertTrue(evidence.contains("Verified practice record (meeting)") && evidence.contains(today)
                    && evidence.contains("Yes"), evidence);
            b.screenshot("practice-evidence-on-matrix");

            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");
            signIn(b, "learner@maple.test");
            b.waitForUrl("induction.xhtml");
            assertTrue(b.text(By.id("meeting-target")).contains("1 verified by your manager"), b.text(By.id("meeting-target")));
            assertTrue(b.pagesScanned().size() >= 7, "every page was scanned: " + b.pagesScanned());
        }
    }

    @Test
    void famaSupervisionAndTheDirectoryWorkByKeyboard() {
        String today = LocalDate.now().toString();
        try (Browser b = Browser.start()) {
            b.get(base + "learner/practice/fama.xhtml");
            b.waitForUrl("login.xhtml");
            signIn(b, "sam@maple.test");
            b.waitForUrl("fama.xhtml");
            b.type(By.id("fama:ref"), "RRT-2291");
            b.type(By.id("fama:date"), today);
            b.type(By.id("fama:assess"), "Explored past experience of groups; gave the local list.");
            b.type(By.id("fama:link"), "Introduced the client by phone to the group's greeter during the session.");
            b.driver().findElement(By.id("fama:groups:0")).sendKeys(Keys.SPACE);
            b.type(By.id("fama:reflection"), "The phone introduction settled their nerves.");
            b.press(By.id("fama:save"));
            b.waitForUrl("fama.xhtml");
            waitForMessage(b, "FAMA record saved");
            assertTrue(b.text(By.id("fama-records")).contains("Stages done: Assess and introduce, Facilitate and link"));
            b.type(By.id("fama:ref"), "J Smith 12/03/1985");
            b.press(By.id("fama:save"));
            waitForMessage(b, "date of birth"); // identifiers are refused with a reason

            b.press(By.linkText("Local groups"));
            b.waitForUrl("directory.xhtml");
            b.driver().findElement(By.id("f-fellowship")).sendKeys("Alcoholics");
            b.press(By.id("search"));
            b.waitForUrl("fellowship=AA");
            assertTrue(b.text(By.id("groups")).contains("Riverside Tuesday Open (demo)"), b.text(By.id("groups")));
            assertTrue(!b.text(By.id("groups")).contains("New Beginnings"), "filtered by fellowship");
            b.find(By.id("print"));
            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");

            signIn(b, "manager@maple.test");
            b.press(By.linkText("Supervision"));
            b.waitForUrl("supervision.xhtml");
            b.press(By.linkText("Sam Okafor"));
            b.waitForUrl("person=");
            assertTrue(b.text(By.id("agenda")).contains("Course overdue"), b.text(By.id("agenda")));
            b.type(By.id("session:held"), today);
            b.driver().findElement(By.cssSelector("input[type=checkbox][id$=':2:discussed']")).sendKeys(Keys.SPACE);
            b.type(By.id("session:notes"), "Talked about first visits to open meetings.");
            b.type(By.cssSelector("input[id^='session:'][id$=':0:text']"), "Visit an NA open meeting");
            b.type(By.cssSelector("input[id^='session:'][id$=':0:due']"), LocalDate.now().plusDays(14).toString());
            b.press(By.id("session:save"));
            waitForMessage(b, "Supervision recorded");

            b.press(By.linkText("Keep the directory"));
            b.waitForUrl("manager/practice/directory.xhtml");
            b.press(By.id("stale-link"));
            b.waitForUrl("stale.xhtml");
            b.press(By.cssSelector("[aria-label='Mark Hope for Families (demo) as checked today']"));
            waitForMessage(b, "marked as checked today");
            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");

            signIn(b, "sam@maple.test");
            b.press(By.linkText("My supervision"));
            b.waitForUrl("supervision.xhtml");
            assertTrue(b.text(By.id("sessions")).contains("Visit an NA open meeting"));
            b.press(By.cssSelector("input[id$=':acknowledge']"));
            waitForMessage(b, "acknowledged");
            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");

            b.get(base + "admin/practice/prompts.xhtml"); // (the admin's landing page, Staff, is not part of this journey)
            b.waitForUrl("login.xhtml");
            signIn(b, "admin@maple.test");
            b.waitForUrl("prompts.xhtml");
            assertTrue(b.text(By.id("prompt-table")).contains("SP-13"));
            b.press(By.id("prompts:save"));
            waitForMessage(b, "Supervision prompts saved");
            assertTrue(b.pagesScanned().size() >= 8, "every page was scanned: " + b.pagesScanned());
        }
    }

    /** Waits until the page (perhaps reloading after a postback) shows the message. */
    private static void waitForMessage(Browser b, String text) {
        try {
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No message '" + text + "' on " + b.url() + "; messages: "
                    + b.driver().findElement(By.id("messages")).getText(), e);
        }
    }

    private static void signIn(Browser b, String email) {
        b.type(By.id("login:email"), email);
        b.type(By.id("login:password"), "maple-demo");
        b.press(By.id("login:submit"));
    }
}
