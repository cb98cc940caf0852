package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maple.it.Deployments;
import org.openqa.selenium.By;

/** A demo learner, by keyboard only: sign in, open a course, finish a lesson, sign out, sign in, resume. */
@RunAsClient
@ExtendWith({BrowserAvailable.class, ArquillianExtension.class})
class LearnerJourneyUiIT {

    static final String COURSE = "mutual-aid-essentials";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("learnerui");
    }

    @Test
    void learnerCompletesALessonByKeyboardAndResumesThereAfterSigningInAgain() {
        try (Browser b = Browser.start()) {
            b.get(base + "learner/course/induction.xhtml");
            b.waitForUrl("login.xhtml");
            signIn(b);
            b.waitForUrl("induction.xhtml");
            assertTrue(b.text(By.id("courses")).contains("Mutual aid: essentials and evidence"));

            b.press(By.linkText("Mutual aid: essentials and evidence"));
            b.waitForUrl("course.xhtml");
            b.press(By.id("resume"));
            b.waitForUrl("lesson.xhtml");
            String firstTitle = b.text(By.id("lesson-title"));
            assertTrue(b.text(By.id("lesson-body")).length() > 500, "the lesson text is shown");
            b.screenshot("lesson");

            b.press(By.id("done:complete"));
            b.waitForUrl("lesson.xhtml");
            String secondTitle = b.text(By.id("lesson-title"));
            assertTrue(!secondTitle.equals(firstTitle), "moved on to the next lesson");
            assertTrue(b.text(By.id("messages")).contains("Lesson marked as done"));

            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");
            signIn(b);
            b.waitForUrl("induction.xhtml");
            assertTrue(b.text(By.id("courses")).contains("1 of 6 lessons done"), b.text(By.id("courses")));
            b.press(By.partialLinkText("Continue"));
            b.waitForUrl("lesson.xhtml");
            assertEquals(secondTitle, b.text(By.id("lesson-title")), "resumes where the learner left off");
            assertTrue(b.pagesScanned().size() >= 5, "every page was scanned: " + b.pagesScanned());
        }
    }

    private static void signIn(Browser b) {
        b.type(By.id("login:email"), "learner@maple.test");
        b.type(By.id("login:password"), "maple-demo");
        b.press(By.id("login:submit"));
    }
}
