package org.maple.identity.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.control.PasswordHasher;
import org.maple.identity.control.PersonRepository;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.platform.config.MapleConfig;

/**
 * Checks a password and keeps the login throttle in the database (so it holds across a cluster):
 * after {@code maple.login.max-failures} failures the account locks for
 * {@code maple.login.lock-minutes}. Use case: log in (anyone).
 */
@Stateless
@PermitAll
public class LoginAttempts {

    /** The outcome of a login attempt: the groups when valid, or why not. */
    public record Outcome(boolean valid, boolean locked, String email, Set<String> groups) implements java.io.Serializable {
    }

    @Inject
    PersonRepository people;

    @Inject
    PasswordHasher hasher;

    @Inject
    MapleConfig config;

    @Inject
    Clock clock;

    /** Checks the credentials and records the result. */
    public Outcome attempt(String email, char[] password) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Person> found = people.findByEmail(email);
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.verifyDecoy(password);
            return new Outcome(false, false, null, Set.of());
        }
        Person p = people.lock(found.get());
        if (p.isLocked(now)) {
            return new Outcome(false, true, null, Set.of());
        }
        if (!hasher.verify(password, p.getPasswordHash())) {
            p.loginFailed(now, config.loginMaxFailures(), config.loginLockMinutes());
            return new Outcome(false, p.isLocked(now), null, Set.of());
        }
        p.loginSucceeded();
        return new Outcome(true, false, p.getEmail(),
                p.getRoles().stream().map(Role::groupName).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the account is currently locked (to tell the person why a login failed). */
    public boolean isLocked(String email) {
        LocalDateTime now = LocalDateTime.now(clock);
        return people.findByEmail(email).map(p -> p.isLocked(now)).orElse(false);
    }
}
