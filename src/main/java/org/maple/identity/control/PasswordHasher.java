package org.maple.identity.control;

import java.security.SecureRandom;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * PBKDF2-HMAC-SHA256 password hashes (210,000 iterations, 32-byte salt), in the container's own
 * {@code Pbkdf2PasswordHash} format. Also makes readable temporary passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    // a hash of a random password, checked when the e-mail is unknown so timing does not reveal it
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        decoy = hash.generate(temporaryPassword().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String stored) {
        if (stored == null || stored.isEmpty()) {
            hash.verify(password, decoy);
            return false;
        }
        return hash.verify(password, stored);
    }

    /** Spends the same time as a real check, for unknown accounts. */
    public void verifyDecoy(char[] password) {
        hash.verify(password, decoy);
    }

    public static String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
