package org.maple.practice.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.maple.platform.error.InvalidInputException;

/** Reads typed form values, refusing bad ones with a message naming the field (400). */
public final class Forms {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Forms() {
    }

    public static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new InvalidInputException(field + " is required.");
        }
        return v;
    }

    /** The stripped text, or null when blank. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field + " is longer than " + max + " characters.");
        }
        return v;
    }

    /** A date like 2026-03-01 or 01/03/2026. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required (a date like 2026-03-01).");
        }
        String v = value.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v, UK);
            } catch (DateTimeParseException e2) {
                throw new InvalidInputException(field + " '" + shorten(v) + "' is not a date (use 2026-03-01).");
            }
        }
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required (one of " + allowed + ").");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + " '" + shorten(value) + "' is not one of " + allowed + ".");
        }
    }

    static String shorten(String s) {
        String t = s.replaceAll("[\\r\\n\\t]", " ");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
