package org.maple.certificate.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The certificate feature's settings (MicroProfile Config; environment variables override:
 * {@code maple.base-url} ← {@code MAPLE_BASE_URL}). Documented in README.
 */
@ApplicationScoped
public class CertificateConfig {

    @Inject
    @ConfigProperty(name = "maple.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "maple.certificate.issuer-name", defaultValue = "MAPLE")
    String issuerName;

    @Inject
    @ConfigProperty(name = "maple.certificate.renewal-window-days", defaultValue = "60")
    int renewalWindowDays;

    @Inject
    @ConfigProperty(name = "maple.verify.max-per-minute", defaultValue = "30")
    int verifyMaxPerMinute;

    @Inject
    @ConfigProperty(name = "maple.verify.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Inject
    @ConfigProperty(name = "maple.mail.host")
    Optional<String> mailHost;

    @Inject
    @ConfigProperty(name = "maple.mail.port", defaultValue = "25")
    int mailPort;

    @Inject
    @ConfigProperty(name = "maple.mail.user")
    Optional<String> mailUser;

    @Inject
    @ConfigProperty(name = "maple.mail.password")
    Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "maple.mail.starttls", defaultValue = "false")
    boolean mailStartTls;

    @Inject
    @ConfigProperty(name = "maple.mail.from", defaultValue = "MAPLE <no-reply@maple.invalid>")
    String mailFrom;

    /** The public address of MAPLE, without a trailing slash: links in PDFs, QR codes and credentials. */
    public String baseUrl() {
        String b = baseUrl.strip();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public String verifyUrl(String code) {
        return baseUrl() + "/verify/" + code;
    }

    public String issuerName() {
        return issuerName;
    }

    public int renewalWindowDays() {
        return renewalWindowDays;
    }

    public int verifyMaxPerMinute() {
        return Math.max(1, verifyMaxPerMinute);
    }

    public boolean trustForwardedFor() {
        return trustForwardedFor;
    }

    /** The SMTP server; empty = reminders are in-app only. */
    public Optional<String> mailHost() {
        return mailHost.filter(s -> !s.isBlank()).map(String::strip);
    }

    public int mailPort() {
        return mailPort;
    }

    public Optional<String> mailUser() {
        return mailUser.filter(s -> !s.isBlank());
    }

    public Optional<String> mailPassword() {
        return mailPassword.filter(s -> !s.isBlank());
    }

    public boolean mailStartTls() {
        return mailStartTls;
    }

    public String mailFrom() {
        return mailFrom;
    }
}
