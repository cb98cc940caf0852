package org.maple.platform.config;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * MAPLE's settings, from MicroProfile Config: defaults in
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables
 * ({@code maple.db.url} ← {@code MAPLE_DB_URL}) or system properties. Documented in README.
 */
@ApplicationScoped
public class MapleConfig {

    @Inject
    @ConfigProperty(name = "maple.db.url", defaultValue = "embedded")
    String dbUrl;

    @Inject
    @ConfigProperty(name = "maple.demo", defaultValue = "auto")
    String demo;

    @Inject
    @ConfigProperty(name = "maple.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "maple.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "maple.content.dir")
    Optional<String> contentDir;

    @Inject
    @ConfigProperty(name = "maple.login.max-failures", defaultValue = "5")
    int loginMaxFailures;

    @Inject
    @ConfigProperty(name = "maple.login.lock-minutes", defaultValue = "15")
    int loginLockMinutes;

    /** True when the database is the embedded H2 file (the one-command demo set-up). */
    public boolean embeddedDatabase() {
        return dbUrl == null || dbUrl.isBlank() || "embedded".equals(dbUrl.strip()) || dbUrl.startsWith("jdbc:h2:");
    }

    /** Demo data: {@code true}, {@code false}, or {@code auto} (only on the embedded database). */
    public boolean demoData() {
        return switch (demo.strip().toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> embeddedDatabase();
        };
    }

    public Optional<String> adminEmail() {
        return adminEmail.filter(s -> !s.isBlank());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(s -> !s.isBlank());
    }

    /** A folder holding {@code content/} and {@code quizzes/}, when set; else the WAR's bundled copy. */
    public Optional<Path> contentDir() {
        return contentDir.filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath().normalize());
    }

    public int loginMaxFailures() {
        return loginMaxFailures;
    }

    public int loginLockMinutes() {
        return loginLockMinutes;
    }
}
