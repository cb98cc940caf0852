package org.maple.certificate.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's public verification code: 11 random symbols of Crockford's base-32 alphabet (55
 * bits, unguessable) and one check symbol (Luhn mod 32: catches every single-symbol typo and every
 * swap of two neighbours but 0↔Z), shown as {@code XXXX-XXXX-XXXX}. Reading is forgiving the way Crockford
 * intends: case, spaces and hyphens do not matter, O reads as 0, I and L as 1.
 */
public record VerificationCode(String value) implements java.io.Serializable {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_SYMBOLS = 11;
    public static final int LENGTH = RANDOM_SYMBOLS + 1;

    public VerificationCode {
        if (value == null || value.length() != LENGTH || !valid(value)) {
            throw new IllegalArgumentException("not a verification code");
        }
    }

    /** A new random code. */
    public static VerificationCode generate(SecureRandom random) {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        b.append(ALPHABET.charAt(checkValue(b)));
        return new VerificationCode(b.toString());
    }

    /** Reads what a person typed; empty when it is not a well-formed code or its check symbol is wrong. */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\t') {
                continue;
            }
            char n = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(n) < 0) {
                return Optional.empty();
            }
            b.append(n);
        }
        String s = b.toString();
        return s.length() == LENGTH && valid(s) ? Optional.of(new VerificationCode(s)) : Optional.empty();
    }

    /** As printed: three groups of four. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return display();
    }

    private static boolean valid(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return ALPHABET.indexOf(s.charAt(s.length() - 1)) == checkValue(s.subSequence(0, s.length() - 1));
    }

    /** Luhn mod N check value of the payload symbols (N = 32). */
    static int checkValue(CharSequence payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return (n - sum % n) % n;
    }
}
