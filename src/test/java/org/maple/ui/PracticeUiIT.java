package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/**
 * A new member of staff logs an open meeting with a reflection, by keyboard only, and sees the
 * induction's meeting target move; their manager verifies it on the team practice page. Every page
 * is scanned with axe-core. (After merging, the lead extends this to the competency matrix.)
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
            assertTrue(b.text(By.id("messages")).contains("Meeting logged"), b.text(By.id("messages")));
            String logged = b.text(By.id("meetings"));
            assertTrue(logged.contains("Narcotics Anonymous (NA) · " + today) && logged.contains("Waiting for review"), logged);
            assertTrue(b.text(By.id("meeting-target")).contains("1 meeting of 1 kind logged"));

            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");
            signIn(b, "manager@maple.test");
            b.press(By.linkText("Team practice"));
            b.waitForUrl("review.xhtml");
            assertTrue(b.text(By.id("waiting")).startsWith("1 entry waits"), b.text(By.id("waiting")));
            b.press(By.cssSelector("[aria-label='Verify the meeting of " + today + " by Alex Taylor']"));
            b.waitForUrl("review.xhtml");
            assertTrue(b.text(By.id("messages")).contains("Verified"), b.text(By.id("messages")));
            assertTrue(b.text(By.id("waiting")).startsWith("0 entries wait"));
            b.screenshot("practice-review");

            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");
            signIn(b, "learner@maple.test");
            b.waitForUrl("induction.xhtml");
            assertTrue(b.text(By.id("meeting-target")).contains("1 verified by your manager"), b.text(By.id("meeting-target")));
            assertTrue(b.pagesScanned().size() >= 5, "every page was scanned: " + b.pagesScanned());
        }
    }

    private static void signIn(Browser b, String email) {
        b.type(By.id("login:email"), email);
        b.type(By.id("login:password"), "maple-demo");
        b.press(By.id("login:submit"));
    }
}
