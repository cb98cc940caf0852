package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maple.it.ApiClient;
import org.maple.it.CertificateIT;
import org.maple.it.Deployments;
import org.openqa.selenium.By;

/**
 * Certificates by keyboard, every page scanned with axe-core: a learner's "My certificates", the
 * public verification page (typing a code), a manager revoking a certificate with a reason.
 */
@RunAsClient
@ExtendWith({BrowserAvailable.class, ArquillianExtension.class})
class CertificateUiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app("certificateui");
    }

    @Test
    void learnerSeesTheCertificateAnyoneVerifiesItAndTheManagerRevokesIt() {
        ApiClient api = ApiClient.signedIn(base, "learner@maple.test");
        CertificateIT.completeCourse(api, "mutual-aid-essentials");
        String code = api.json("api/certificates/mine").asJsonArray().stream().map(JsonValue::asJsonObject)
                .findFirst().orElseThrow().getString("displayCode");
        try (Browser b = Browser.start()) {
            b.get(base + "learner/certificate/certificates.xhtml");
            b.waitForUrl("login.xhtml");
            signIn(b, "learner@maple.test");
            b.waitForUrl("certificates.xhtml");
            assertTrue(b.text(By.id("certificates")).contains(code), b.text(By.id("certificates")));
            assertTrue(b.text(By.id("certificates")).contains("Valid"));
            b.press(By.id("signout:logout"));
            b.waitForUrl("login.xhtml");

            b.get(base + "verify");
            b.type(By.id("code"), code.toLowerCase().replace("-", " "));
            b.press(By.cssSelector("#verify-form button"));
            b.waitForUrl("code=");
            assertTrue(b.text(By.id("status")).contains("Valid"), b.text(By.id("result")));
            assertTrue(b.text(By.id("holder")).contains("Alex Taylor"));
            b.get(base + "verify/ABCD-EFGH-JKMN");
            assertTrue(b.text(By.id("status")).contains("Not found"));

            b.get(base + "manager/certificate/certificates.xhtml");
            b.waitForUrl("login.xhtml");
            signIn(b, "manager@maple.test");
            b.waitForUrl("certificates.xhtml");
            b.type(By.cssSelector("input[id$=':reason']"), "Completed by someone else");
            b.press(By.cssSelector("input[id$=':revoke']"));
            assertTrue(b.text(By.id("messages")).contains("revoked"), b.text(By.id("messages")));
            assertTrue(b.text(By.id("certificates")).contains("Revoked: Completed by someone else"));
            b.get(base + "verify/" + code);
            assertTrue(b.text(By.id("status")).contains("Revoked"));
            assertTrue(b.pagesScanned().size() >= 5, "every page was scanned: " + b.pagesScanned());
        }
    }

    private static void signIn(Browser b, String email) {
        b.type(By.id("login:email"), email);
        b.type(By.id("login:password"), "maple-demo");
        b.press(By.id("login:submit"));
    }
}
