package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A trainer, by keyboard only: opens a course in a draft, edits a lesson (the live preview shows the
 * change), previews it as a learner, corrects a question in the question form, publishes with a note;
 * a learner then reads the new version.
 * Every page is scanned with axe-core.
 */
@RunAsClient
@ExtendWith({BrowserAvailable.class, ArquillianExtension.class})
class AuthoringUiIT {

    static final String COURSE = "family-groups";
    static final String LESSON = "families-affected";
    static final String ADDED = "A sentence a trainer added by keyboard.";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("authoringui");
    }

    @Test
    void aTrainerEditsPreviewsAndPublishesALessonAndALearnerSeesTheNewVersion() {
        try (Browser b = Browser.start()) {
            b.get(base + "trainer/authoring/courses.xhtml");
            b.waitForUrl("login.xhtml");
            signIn(b, "trainer@maple.test");
            b.waitForUrl("courses.xhtml");
            b.press(By.xpath("//tr[td/code[text()='" + COURSE + "']]//input[@type='submit']"));
            b.waitForUrl("draft.xhtml");
            assertTrue(b.text(By.tagName("main")).contains("The loader accepts this draft"));

            b.press(By.linkText(LESSON));
            b.waitForUrl("lesson.xhtml");
            b.find(By.id("lesson:body")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n" + ADDED + " The addict.\n");
            new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("live-preview")).getText().contains(ADDED));
            b.press(By.id("lesson:save"));
            b.waitForUrl("lesson.xhtml");
            assertTrue(b.text(By.id("messages")).contains("Lesson saved"), b.text(By.id("messages")));
            assertTrue(b.text(By.id("body-problems")).contains("Language hint"), "a non-blocking language hint is shown");

            b.press(By.id("preview-link"));
            b.waitForUrl("preview.xhtml");
            assertTrue(b.text(By.id("lesson-body")).contains(ADDED), "the preview shows the draft");
            assertTrue(b.text(By.id("preview-banner")).contains("Nothing you do here is recorded"));

            b.get(base + "trainer/authoring/question.xhtml?c=" + COURSE + "&q=wf-why-bother");
            b.type(By.id("question:stem"), "Why do family groups matter, in one sentence?");
            b.find(By.id("question:explanation")).clear();
            b.press(By.id("question:save"));
            assertTrue(b.text(By.id("explanation-problems")).contains("explanation"), "the engine's rule is shown beside the field");
            b.type(By.id("question:explanation"), "Family members are affected too, and groups support them.");
            b.press(By.id("question:save"));
            assertTrue(b.text(By.id("messages")).contains("Question saved to the draft."), b.text(By.id("messages")));

            b.get(base + "trainer/authoring/draft.xhtml?c=" + COURSE);
            b.type(By.id("publish:note"), "Added a sentence to the first lesson");
            b.press(By.id("publish:go"));
            b.waitForUrl("history.xhtml");
            assertTrue(b.text(By.id("messages")).contains("Published: " + COURSE + " version 2"), b.text(By.id("messages")));
            assertTrue(b.text(By.id("version-table")).contains("Added a sentence to the first lesson"));

            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");
            signIn(b, "learner@maple.test");
            b.waitForUrl("induction.xhtml");
            b.get(base + "learner/course/lesson.xhtml?c=" + COURSE + "&l=" + LESSON);
            b.waitForUrl("lesson.xhtml");
            assertTrue(b.text(By.id("lesson-body")).contains(ADDED), "the learner reads the new version");
            assertFalse(b.pagesScanned().isEmpty());
        }
    }

    private static void signIn(Browser b, String email) {
        b.type(By.id("login:email"), email);
        b.type(By.id("login:password"), "maple-demo");
        b.press(By.id("login:submit"));
    }
}
