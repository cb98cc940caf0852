package org.maple.identity.control;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maple.identity.entity.Role;

/**
 * Reads a staff list (e.g. an HR export) as CSV with a header row: {@code name, email, role, team,
 * start_date}. Column names are matched loosely ("Start date", "E-mail"); roles may be several,
 * separated by ';' or '|'; dates are ISO (2026-09-01) or UK style (01/09/2026). Every bad row is
 * reported with its line and reason; good rows are returned for import.
 */
public final class StaffCsvParser {

    public static final int MAX_ROWS = 5000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]{1,64}@[A-Za-z0-9.-]{1,189}\\.[A-Za-z]{2,}$");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A good row. */
    public record StaffRow(long line, String name, String email, Set<Role> roles, String team, LocalDate startDate) {
    }

    /** A bad row, or a problem with the whole file (line 0 or 1). */
    public record RowProblem(long line, String reason) implements java.io.Serializable {
    }

    public record Result(List<StaffRow> rows, List<RowProblem> problems) {
    }

    private StaffCsvParser() {
    }

    public static Result parse(String csv, LocalDate today) {
        List<StaffRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            problems.add(new RowProblem(1, "the file is empty"));
            return new Result(rows, problems);
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
                .setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (String required : List.of("name", "email", "role", "team", "start_date")) {
                if (!columns.containsKey(required)) {
                    problems.add(new RowProblem(1, "the header has no '" + required
                            + "' column (expected: name, email, role, team, start_date)"));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(rows, problems);
            }
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new RowProblem(line, "more than " + MAX_ROWS + " rows: split the file"));
                    break;
                }
                Object parsed = row(rec, line, columns, today, seen);
                if (parsed instanceof StaffRow r) {
                    rows.add(r);
                } else {
                    problems.add((RowProblem) parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new RowProblem(0, "the file is not valid CSV: " + e.getMessage()));
        }
        return new Result(rows, problems);
    }

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> map = new HashMap<>();
        for (String h : headers) {
            String k = h == null ? "" : h.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            switch (k) {
                case "name", "fullname", "displayname" -> map.put("name", h);
                case "email", "emailaddress", "mail" -> map.put("email", h);
                case "role", "roles" -> map.put("role", h);
                case "team", "teamname" -> map.put("team", h);
                case "startdate", "start", "started" -> map.put("start_date", h);
                default -> { }
            }
        }
        return map;
    }

    /** A {@link StaffRow}, or the {@link RowProblem} that stops it. */
    private static Object row(CSVRecord rec, long line, Map<String, String> col,
            LocalDate today, Map<String, Long> seen) {
        String name = get(rec, col, "name");
        String email = get(rec, col, "email").toLowerCase(Locale.ROOT);
        String roleText = get(rec, col, "role");
        String team = get(rec, col, "team");
        String date = get(rec, col, "start_date");
        String problem = null;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        LocalDate start = null;
        if (name.isEmpty()) {
            problem = "name is empty";
        } else if (name.length() > 200) {
            problem = "name is longer than 200 characters";
        } else if (!EMAIL.matcher(email).matches()) {
            problem = email.isEmpty() ? "email is empty" : "'" + email + "' is not an e-mail address";
        } else if (seen.containsKey(email)) {
            problem = "e-mail " + email + " already appears on line " + seen.get(email);
        } else if (team.length() > 120) {
            problem = "team name is longer than 120 characters";
        }
        if (problem == null) {
            for (String r : (roleText.isEmpty() ? "learner" : roleText).split("[;|/]")) {
                var role = Role.parse(r);
                if (role.isEmpty()) {
                    problem = "unknown role '" + r.strip() + "' (use learner, manager, trainer or admin)";
                    break;
                }
                roles.add(role.get());
            }
        }
        if (problem == null) {
            start = date(date);
            if (start == null) {
                problem = date.isEmpty() ? "start_date is empty" : "start_date '" + date + "' is not a date (use 2026-09-01 or 01/09/2026)";
            } else if (start.isBefore(LocalDate.of(1950, 1, 1)) || start.isAfter(today.plusYears(1))) {
                problem = "start_date " + start + " is not plausible";
            }
        }
        if (problem != null) {
            return new RowProblem(line, problem);
        }
        seen.put(email, line);
        return new StaffRow(line, name, email, roles, team, start);
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
