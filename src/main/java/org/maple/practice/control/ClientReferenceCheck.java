package org.maple.practice.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the FAMA log de-identified: a client is recorded only by the service's local reference
 * (e.g. {@code RRT-2291}). Refuses what looks like personal identifiers, with a message saying
 * which: an e-mail address, an NHS (or CHI) number (ten digits that pass the modulus-11 check), a
 * UK phone number (0 then 9–10 digits, or +44), or a name or initials together with a date of
 * birth ({@code John Smith 12/03/1985}, {@code JS 12.3.85}, {@code JS120385}). Pure: no state.
 */
public final class ClientReferenceCheck {

    public static final int MAX_LENGTH = 40;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} /._#()+:-]+");
    /** Groups of digits joined by single spaces, hyphens or dots, optionally after '+'. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d+(?:[ .-]?\\d+)*");
    private static final Pattern SEPARATED_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})(?!\\d)"
                    + "|(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*(\\d{2}|\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)(\\d{6}|\\d{8})(?!\\d)");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{1,}");

    private ClientReferenceCheck() {
    }

    /** Why the reference may not be used, or empty when it may. */
    public static Optional<String> problem(String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return Optional.of("Enter your service's local reference for this client (for example RRT-2291).");
        }
        if (ref.length() > MAX_LENGTH) {
            return Optional.of("The client reference is longer than " + MAX_LENGTH
                    + " characters: use your service's short local reference.");
        }
        if (EMAIL.matcher(ref).find()) {
            return Optional.of("The client reference looks like an e-mail address. Record only your service's local "
                    + "reference, never contact details.");
        }
        if (!ALLOWED.matcher(ref).matches()) {
            return Optional.of("The client reference may use only letters, digits, spaces and - / . _ #.");
        }
        String spaced = ref.replaceAll("[()]", " ").replaceAll("\\s+", " ").strip();
        Matcher runs = DIGIT_RUN.matcher(spaced);
        while (runs.find()) {
            String run = runs.group();
            String digits = run.replaceAll("\\D", "");
            if (digits.length() == 10 && nhsNumberValid(digits)) {
                return Optional.of("The client reference looks like an NHS or CHI number (ten digits with a valid "
                        + "check digit). Record only your service's local reference.");
            }
            if (ukPhone(run, digits)) {
                return Optional.of("The client reference looks like a UK phone number. Record only your service's "
                        + "local reference, never contact details.");
            }
        }
        if (hasNameLetters(ref) && containsDate(ref)) {
            return Optional.of("The client reference looks like a name or initials with a date of birth. Record "
                    + "only your service's local reference.");
        }
        return Optional.empty();
    }

    /**
     * For free text that must identify nobody (reflections, notes): an e-mail address or a phone
     * number in it is refused, so no member or client can be contacted or traced from a record.
     */
    public static Optional<String> contactDetailsIn(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of(field + " contains an e-mail address. Leave out anything that could identify a person.");
        }
        Matcher runs = DIGIT_RUN.matcher(text.replaceAll("[()]", " ").replaceAll("[ \\t]+", " "));
        while (runs.find()) {
            String digits = runs.group().replaceAll("\\D", "");
            if (ukPhone(runs.group(), digits) || (digits.length() == 10 && nhsNumberValid(digits))) {
                return Optional.of(field + " contains a phone or NHS number. Leave out anything that could identify a person.");
            }
        }
        return Optional.empty();
    }

    /** NHS (and CHI) number check digit: weights 10..2 on the first nine digits, 11 − (sum mod 11); 10 is invalid. */
    public static boolean nhsNumberValid(String tenDigits) {
        if (tenDigits == null || !tenDigits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    private static boolean ukPhone(String run, String digits) {
        if (run.startsWith("+44") || digits.startsWith("0044")) {
            int rest = digits.length() - (digits.startsWith("0044") ? 4 : 2);
            return rest >= 9 && rest <= 10;
        }
        if (run.startsWith("+")) {
            return digits.length() >= 10; // an international number of any country
        }
        return digits.startsWith("0") && !digits.startsWith("00") && (digits.length() == 10 || digits.length() == 11)
                && "123789".indexOf(digits.charAt(1)) >= 0;
    }

    private static boolean hasNameLetters(String ref) {
        Matcher m = LETTERS.matcher(ref);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!w.matches("(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsDate(String ref) {
        Matcher s = SEPARATED_DATE.matcher(ref);
        while (s.find()) {
            boolean iso = s.group(4) != null;
            if (iso ? validDate(s.group(6), s.group(5), s.group(4)) : validDate(s.group(1), s.group(2), s.group(3))) {
                return true;
            }
        }
        Matcher w = WORD_DATE.matcher(ref);
        while (w.find()) {
            if (validDate(w.group(1), String.valueOf(month(w.group(2))), w.group(3))) {
                return true;
            }
        }
        Matcher c = COMPACT_DATE.matcher(ref);
        while (c.find()) {
            String d = c.group(1);
            if (validDate(d.substring(0, 2), d.substring(2, 4), d.substring(4))) {
                return true;
            }
        }
        return false;
    }

    private static int month(String abbreviation) {
        return switch (abbreviation.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }

    /** A real calendar date in the last 120 years (a plausible date of birth). */
    private static boolean validDate(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year);
            if (year.length() == 2) {
                y += 1900; // both centuries are plausible for a two-digit year: any valid day/month counts
            }
            if (year.length() == 4 && (y < 1900 || y > 2100)) {
                return false;
            }
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
