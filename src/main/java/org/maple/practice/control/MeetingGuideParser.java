package org.maple.practice.control;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.maple.practice.control.DirectoryImport.Problem;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.GroupListing;
import org.maple.practice.entity.MeetingAccess;

/**
 * Reads the open Meeting Guide JSON feed (code4recovery spec) that 12-step meeting sites publish: an
 * array of meetings with {@code name} and {@code slug} (required), {@code day} (0–6, Sunday = 0, or
 * an array of them: one listing per day), {@code time}/{@code end_time} ("HH:MM"), {@code types}
 * ({@code O} open, {@code C} closed, {@code ONL} online, {@code TC} temporarily closed, {@code X}
 * wheelchair access …), {@code location}, {@code formatted_address} (or {@code address},
 * {@code city}, {@code postal_code}), {@code conference_url}, {@code notes}, {@code updated}
 * ("YYYY-MM-DD HH:MM:SS", taken as the date last verified). The feed names no fellowship: the
 * importer says which. Meetings that state neither open nor closed are listed as closed (so staff
 * do not turn up as visitors) with a note. Contact fields naming members ({@code contact_1_name},
 * {@code _phone}, {@code _email}) are never read; the public route is the listing's {@code url},
 * then the service entity's website, phone or e-mail. Each bad record is reported with its number.
 */
public final class MeetingGuideParser {

    public static final int MAX_RECORDS = 5000;

    private static final Map<String, String> ACCESSIBILITY_TYPES = Map.of(
            "X", "Wheelchair access", "XB", "Wheelchair-accessible toilet", "ASL", "Sign language",
            "BV-I", "For blind or visually impaired people", "D-HOH", "For deaf or hard of hearing people",
            "FF", "Fragrance free", "BA", "Childcare available", "CF", "Child-friendly");
    private static final List<String> ACCESSIBILITY_ORDER = List.of("X", "XB", "ASL", "BV-I", "D-HOH", "FF", "BA", "CF");

    private MeetingGuideParser() {
    }

    public static DirectoryImport parse(String json, Fellowship fellowship, String otherFellowship, LocalDate today) {
        List<GroupListing> listings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        JsonArray meetings;
        try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            JsonStructure root = reader.read();
            if (!(root instanceof JsonArray a)) {
                return new DirectoryImport(listings, List.of(new Problem(0, "the feed is not a JSON array of meetings")));
            }
            meetings = a;
        } catch (JsonParsingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            return new DirectoryImport(listings, List.of(new Problem(0, "the feed is not valid JSON" + where)));
        } catch (JsonException | IllegalStateException e) {
            return new DirectoryImport(listings, List.of(new Problem(0, "the feed is not valid JSON")));
        }
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            int position = i + 1;
            if (position > MAX_RECORDS) {
                problems.add(new Problem(position, "more than " + MAX_RECORDS + " meetings: split the feed"));
                break;
            }
            JsonValue v = meetings.get(i);
            if (!(v instanceof JsonObject m)) {
                problems.add(new Problem(position, "not a meeting object"));
                continue;
            }
            try {
                String slug = text(m, "slug");
                if (slug != null && !slugs.add(slug)) {
                    problems.add(new Problem(position, "slug '" + slug + "' appears twice in the feed"));
                    continue;
                }
                meeting(m, fellowship, otherFellowship, today, listings, problems, position);
            } catch (ClassCastException e) {
                problems.add(new Problem(position, "a field has the wrong JSON type"));
            }
        }
        return new DirectoryImport(listings, problems);
    }

    private static void meeting(JsonObject m, Fellowship fellowship, String other, LocalDate today,
            List<GroupListing> out, List<Problem> problems, int position) {
        String name = text(m, "name");
        String slug = text(m, "slug");
        String label = name == null ? "" : " ('" + ListingRules.shorten(name) + "')";
        if (name == null) {
            problems.add(new Problem(position, "name is missing"));
            return;
        }
        if (slug == null) {
            problems.add(new Problem(position, "slug is missing" + label));
            return;
        }
        Set<String> types = types(m);
        String attendance = text(m, "attendance_option");
        String conference = text(m, "conference_url");
        if ("inactive".equalsIgnoreCase(attendance) || (types.contains("TC") && conference == null)) {
            problems.add(new Problem(position, "meeting is marked inactive or temporarily closed" + label));
            return;
        }
        List<DayOfWeek> days = new ArrayList<>();
        Optional<String> dayProblem = days(m.get("day"), days);
        if (dayProblem.isPresent()) {
            problems.add(new Problem(position, dayProblem.get() + label));
            return;
        }
        String timeText = text(m, "time");
        Optional<LocalTime> time = ListingRules.time(timeText);
        if (time.isEmpty()) {
            problems.add(new Problem(position, (timeText == null ? "time is missing (by-appointment meetings are not listed)"
                    : "time '" + timeText + "' is not HH:MM") + label));
            return;
        }
        String endText = text(m, "end_time");
        Optional<LocalTime> end = ListingRules.time(endText);
        if (endText != null && end.isEmpty()) {
            problems.add(new Problem(position, "end_time '" + endText + "' is not HH:MM" + label));
            return;
        }
        boolean open = types.contains("O");
        boolean closed = types.contains("C");
        MeetingAccess access = open && closed ? MeetingAccess.BOTH : open ? MeetingAccess.OPEN : MeetingAccess.CLOSED;
        List<String> notes = new ArrayList<>();
        if (!open && !closed) {
            notes.add("The feed does not say whether this meeting is open: check before visiting.");
        }
        addIfPresent(notes, text(m, "notes"));
        addIfPresent(notes, text(m, "location_notes"));
        String venue = venue(m, "online".equalsIgnoreCase(attendance));
        if (conference == null && types.contains("ONL")) {
            notes.add("Online: the feed gives no link.");
        }
        List<String> access11y = new ArrayList<>();
        for (String code : ACCESSIBILITY_ORDER) {
            if (types.contains(code)) {
                access11y.add(ACCESSIBILITY_TYPES.get(code));
            }
        }
        LocalDate updated = updated(text(m, "updated"), today);
        for (DayOfWeek day : days) {
            String key = days.size() == 1 ? slug : slug + "#" + day.getValue();
            GroupListing g = new GroupListing(key, fellowship, other, name, day, time.get(), end.orElse(null),
                    venue, conference, access, access11y.isEmpty() ? null : String.join("; ", access11y),
                    contact(m), notes.isEmpty() ? null : String.join(" ", notes), updated);
            Optional<String> problem = ListingRules.problem(g, today);
            if (problem.isPresent()) {
                problems.add(new Problem(position, problem.get() + label));
                return;
            }
            out.add(g);
        }
    }

    /** Fills {@code out} from a day field (0–6, Sunday = 0, as number, string or array); the problem otherwise. */
    private static Optional<String> days(JsonValue v, List<DayOfWeek> out) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of("day is missing (by-appointment meetings are not listed)");
        }
        List<JsonValue> values = v instanceof JsonArray a ? a : List.of(v);
        if (values.isEmpty()) {
            return Optional.of("day is an empty list");
        }
        Set<DayOfWeek> seen = new LinkedHashSet<>();
        for (JsonValue d : values) {
            Integer n = null;
            if (d instanceof JsonNumber num && num.isIntegral()) {
                n = num.intValue();
            } else if (d instanceof JsonString s && s.getString().strip().matches("\\d")) {
                n = Integer.parseInt(s.getString().strip());
            }
            if (n == null || n < 0 || n > 6) {
                return Optional.of("day " + d + " is not 0–6 (Sunday = 0)");
            }
            seen.add(n == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(n));
        }
        out.addAll(seen);
        return Optional.empty();
    }

    private static Set<String> types(JsonObject m) {
        Set<String> types = new HashSet<>();
        JsonValue t = m.get("types");
        if (t instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonString s) {
                    types.add(s.getString().strip().toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return types;
    }

    private static String venue(JsonObject m, boolean onlineOnly) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, text(m, "location"));
        String formatted = text(m, "formatted_address");
        if (formatted != null) {
            parts.add(formatted);
        } else {
            for (String f : List.of("address", "city", "postal_code")) {
                addIfPresent(parts, text(m, f));
            }
        }
        if (parts.isEmpty() || onlineOnly) {
            return null; // an online meeting's address is only its approximate area
        }
        return String.join(", ", parts);
    }

    private static String contact(JsonObject m) {
        for (String f : List.of("url", "entity_website_url", "entity_phone", "entity_email")) {
            String v = text(m, f);
            if (v != null && (!f.endsWith("url") || ListingRules.webLink(v))) {
                return v;
            }
        }
        return null;
    }

    private static LocalDate updated(String text, LocalDate today) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.substring(0, 10));
            return d.isAfter(today) ? today : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonObject m, String field) {
        JsonValue v = m.get(field);
        if (v instanceof JsonString s) {
            String t = s.getString().strip();
            return t.isEmpty() ? null : t;
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    private static void addIfPresent(List<String> list, String s) {
        if (s != null && !s.isBlank()) {
            list.add(s.strip());
        }
    }
}
