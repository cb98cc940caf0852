package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

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

/**
 * The demo manager, by keyboard only: open the team matrix, follow a cell to its evidence and sign
 * the unit off with a comment; every page is scanned by axe-core.
 */
@RunAsClient
@ExtendWith({BrowserAvailable.class, ArquillianExtension.class})
class MatrixUiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("matrixui");
    }

    @Test
    void managerDrillsIntoACellAndSignsOffByKeyboard() {
        ApiClient jo = ApiClient.signedIn(base, "jo@maple.test");
        for (var lesson : jo.json("api/courses/family-groups").asJsonObject().getJsonArray("lessons")) {
            jo.post("api/me/courses/family-groups/lessons/" + lesson.asJsonObject().getString("id") + "/done");
        }
        org.maple.it.QuizPass.pass(jo, "family-groups");
        try (Browser b = Browser.start()) {
            b.get(base + "manager/competency/matrix.xhtml");
            b.waitForUrl("login.xhtml");
            b.type(By.id("login:email"), "manager@maple.test");
            b.type(By.id("login:password"), "maple-demo");
            b.press(By.id("login:submit"));
            b.waitForUrl("matrix.xhtml");
            assertTrue(b.text(By.id("matrix")).contains("Siân O'Brien"), b.text(By.id("matrix")));
            b.screenshot("matrix");

            b.press(By.cssSelector("a[aria-label^=\"Siân O'Brien, AD1: Evidenced\"]"));
            b.waitForUrl("evidence.xhtml");
            assertTrue(b.text(By.id("unit-status")).contains("Evidenced"));
            assertTrue(b.text(By.id("evidence")).contains("Completed the course"));

            b.type(By.id("decide:comment"), "Observed a referral to a family group; discussed in supervision.");
            b.press(By.id("decide:signoff"));
            b.waitForUrl("evidence.xhtml");
            assertTrue(b.text(By.id("unit-status")).contains("Signed off"), b.text(By.id("unit-status")));
            assertTrue(b.text(By.id("audit")).contains("Morgan Reid"), b.text(By.id("audit")));
            assertTrue(b.text(By.id("messages")).contains("Signed off."));

            b.press(By.linkText("Team matrix"));
            b.waitForUrl("matrix.xhtml");
            b.press(By.id("view-courses"));
            b.waitForUrl("view=courses");
            assertTrue(b.text(By.id("matrix")).contains("Complete"));
            b.get(base + "learner/competency/competencies.xhtml");
            assertTrue(b.pagesScanned().size() >= 4, "every page was scanned: " + b.pagesScanned());
        }
    }
}
