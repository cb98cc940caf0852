package org.maple.practice.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.GroupListing;

/** Checks a directory listing and reads its loosely written fields (days, times, links). */
public final class ListingRules {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;

    private ListingRules() {
    }

    /** The first thing wrong with a listing, or empty when it may be stored. */
    public static Optional<String> problem(GroupListing g, LocalDate today) {
        if (g.fellowship() == null) {
            return Optional.of("fellowship is missing or unknown");
        }
        if (g.fellowship() == Fellowship.OTHER && blank(g.otherFellowship())) {
            return Optional.of("say which fellowship when it is 'other'");
        }
        if (blank(g.name())) {
            return Optional.of("name is empty");
        }
        if (g.name().length() > NAME_MAX) {
            return Optional.of("name is longer than " + NAME_MAX + " characters");
        }
        if (g.day() == null) {
            return Optional.of("day is missing (weekly meetings only)");
        }
        if (g.startTime() == null) {
            return Optional.of("start time is missing");
        }
        if (g.endTime() != null && !g.endTime().isAfter(g.startTime())) {
            return Optional.of("end time " + g.endTime() + " is not after the start time " + g.startTime());
        }
        if (blank(g.venue()) && blank(g.onlineUrl())) {
            return Optional.of("give a venue or an online link");
        }
        if (!blank(g.onlineUrl()) && !webLink(g.onlineUrl())) {
            return Optional.of("online link '" + shorten(g.onlineUrl()) + "' is not an http(s) address");
        }
        if (g.access() == null) {
            return Optional.of("say whether meetings are open, closed or both");
        }
        for (String text : new String[] {g.venue(), g.onlineUrl(), g.accessibilityNotes(), g.contactRoute(), g.notes(),
                g.otherFellowship()}) {
            if (text != null && text.length() > TEXT_MAX) {
                return Optional.of("a field is longer than " + TEXT_MAX + " characters");
            }
        }
        if (g.lastVerifiedOn() != null && g.lastVerifiedOn().isAfter(today)) {
            return Optional.of("last verified date " + g.lastVerifiedOn() + " is in the future");
        }
        return Optional.empty();
    }

    /** Monday..Sunday by name or three letters; empty for anything else. */
    public static Optional<DayOfWeek> day(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(t) || (t.length() >= 3 && d.name().startsWith(t))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A time like 19:30, 7:30 or 19.30; empty when not a time. */
    public static Optional<LocalTime> time(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        String t = text.strip().replace('.', ':');
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        try {
            return t.matches("\\d\\d:\\d\\d(:\\d\\d)?") ? Optional.of(LocalTime.parse(t)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean webLink(String text) {
        try {
            URI u = new URI(text.strip());
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
