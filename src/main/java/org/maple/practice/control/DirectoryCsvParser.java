package org.maple.practice.control;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maple.practice.control.DirectoryImport.Problem;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.GroupListing;
import org.maple.practice.entity.MeetingAccess;

/**
 * Reads a local group list as CSV with a header row. Columns (names matched loosely, any order):
 * {@code fellowship, name, day, time} (required), {@code end_time, venue, online_url, access}
 * (open/closed/both; default open), {@code accessibility, contact, notes, last_verified}
 * (2026-03-01 or 01/03/2026), {@code id} (a stable key: re-importing updates that group). A venue or
 * an online link is required. Every bad row is reported with its line; good rows are returned.
 */
public final class DirectoryCsvParser {

    public static final int MAX_ROWS = 5000;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DirectoryCsvParser() {
    }

    public static DirectoryImport parse(String csv, LocalDate today) {
        List<GroupListing> listings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            return new DirectoryImport(listings, List.of(new Problem(1, "the file is empty")));
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> col = columns(parser.getHeaderNames());
            for (String required : List.of("fellowship", "name", "day", "time")) {
                if (!col.containsKey(required)) {
                    problems.add(new Problem(1, "the header has no '" + required + "' column (expected at least: "
                            + "fellowship, name, day, time, and venue or online_url)"));
                }
            }
            if (!problems.isEmpty()) {
                return new DirectoryImport(listings, problems);
            }
            Map<String, Long> keys = new HashMap<>();
            for (CSVRecord rec : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (listings.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "more than " + MAX_ROWS + " rows: split the file"));
                    break;
                }
                Object row = row(rec, col, today);
                if (row instanceof GroupListing g) {
                    if (g.sourceKey() != null && keys.containsKey(g.sourceKey())) {
                        problems.add(new Problem(line, "id '" + g.sourceKey() + "' already appears on line " + keys.get(g.sourceKey())));
                        continue;
                    }
                    if (g.sourceKey() != null) {
                        keys.put(g.sourceKey(), (long) line);
                    }
                    listings.add(g);
                } else {
                    problems.add(new Problem(line, (String) row));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(0, "the file is not valid CSV: " + e.getMessage()));
        }
        return new DirectoryImport(listings, problems);
    }

    /** A listing, or the reason (String) the row cannot be one. */
    private static Object row(CSVRecord rec, Map<String, String> col, LocalDate today) {
        String fellowshipText = get(rec, col, "fellowship");
        Optional<Fellowship> fellowship = Fellowship.parse(fellowshipText);
        String other = null;
        if (fellowship.isEmpty() && !fellowshipText.isEmpty()) {
            fellowship = Optional.of(Fellowship.OTHER); // a fellowship MAPLE has no name for: kept as "other"
            other = fellowshipText;
        } else if (fellowship.isEmpty()) {
            return "fellowship is empty";
        }
        String dayText = get(rec, col, "day");
        var day = ListingRules.day(dayText);
        if (day.isEmpty()) {
            return dayText.isEmpty() ? "day is empty" : "day '" + dayText + "' is not a day of the week (Monday to Sunday)";
        }
        String timeText = get(rec, col, "time");
        var time = ListingRules.time(timeText);
        if (time.isEmpty()) {
            return timeText.isEmpty() ? "time is empty" : "time '" + timeText + "' is not a time like 19:30";
        }
        String endText = get(rec, col, "end_time");
        var end = ListingRules.time(endText);
        if (!endText.isEmpty() && end.isEmpty()) {
            return "end_time '" + endText + "' is not a time like 21:00";
        }
        String accessText = get(rec, col, "access").toUpperCase(Locale.ROOT);
        MeetingAccess access;
        try {
            access = accessText.isEmpty() ? MeetingAccess.OPEN : MeetingAccess.valueOf(accessText);
        } catch (IllegalArgumentException e) {
            return "access '" + accessText.toLowerCase(Locale.ROOT) + "' is not open, closed or both";
        }
        String verifiedText = get(rec, col, "last_verified");
        LocalDate verified = date(verifiedText);
        if (!verifiedText.isEmpty() && verified == null) {
            return "last_verified '" + verifiedText + "' is not a date (use 2026-03-01 or 01/03/2026)";
        }
        GroupListing g = new GroupListing(ListingRules.trimmed(get(rec, col, "id")), fellowship.get(), other,
                get(rec, col, "name"), day.get(), time.get(), end.orElse(null), ListingRules.trimmed(get(rec, col, "venue")),
                ListingRules.trimmed(get(rec, col, "online_url")), access, ListingRules.trimmed(get(rec, col, "accessibility")),
                ListingRules.trimmed(get(rec, col, "contact")), ListingRules.trimmed(get(rec, col, "notes")), verified);
        Optional<String> problem = ListingRules.problem(g, today);
        return problem.isPresent() ? problem.get() : g;
    }

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> map = new HashMap<>();
        for (String h : headers) {
            String k = h == null ? "" : h.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            String key = switch (k) {
                case "id", "key", "slug", "ref", "reference" -> "id";
                case "fellowship", "organisation", "organization", "programme", "program" -> "fellowship";
                case "name", "meeting", "meetingname", "group", "groupname" -> "name";
                case "day", "weekday" -> "day";
                case "time", "start", "starttime", "starts" -> "time";
                case "endtime", "end", "ends", "finish" -> "end_time";
                case "venue", "address", "location", "formattedaddress" -> "venue";
                case "onlineurl", "online", "onlinelink", "link", "conferenceurl", "url" -> "online_url";
                case "access", "openclosed", "type" -> "access";
                case "accessibility", "accessibilitynotes", "accessnotes" -> "accessibility";
                case "contact", "contactroute", "publiccontact", "helpline" -> "contact";
                case "notes", "note", "comments" -> "notes";
                case "lastverified", "verified", "lastverifiedon", "checked" -> "last_verified";
                default -> null;
            };
            if (key != null) {
                map.putIfAbsent(key, h);
            }
        }
        return map;
    }

    private static String get(CSVRecord rec, Map<String, String> col, String key) {
        String header = col.get(key);
        if (header == null || !rec.isMapped(header) || !rec.isSet(header)) {
            return "";
        }
        String v = rec.get(header);
        return v == null ? "" : v.strip();
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), UK);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
