package org.maple.authoring.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-blocking warnings on stigmatising terms, with a person-first suggestion. The built-in list is
 * {@code language-hints.tsv} beside this class; trainers add terms (kept in the database) that are
 * passed in as extra entries. Whole words, any case; a trailing {@code *} matches any ending
 * ("junkie*" finds "junkies"). Quoted fellowship names such as "Alcoholics Anonymous" are not flagged.
 */
public final class LanguageHints {

    /** One term and what to write instead. */
    public record Term(String term, String suggestion) implements java.io.Serializable {
    }

    /** One hit: the line (1-based) and the word as written, with the suggestion. */
    public record Hint(int line, String found, String suggestion) implements java.io.Serializable {
    }

    private static final List<Term> BUILT_IN = load();
    private static final Pattern EXEMPT = Pattern.compile(
            "(?i)alcoholics anonymous|narcotics anonymous|cocaine anonymous|al-anon|drug addicts anonymous|"
                    + "addicts anonymous|clean time|user guide|user name|username|service user");

    private final List<Term> terms;
    private final List<Pattern> patterns = new ArrayList<>();

    public LanguageHints(Collection<Term> extra) {
        Map<String, Term> byTerm = new LinkedHashMap<>();
        BUILT_IN.forEach(t -> byTerm.put(t.term().toLowerCase(Locale.ROOT), t));
        extra.forEach(t -> byTerm.put(t.term().toLowerCase(Locale.ROOT).strip(), t));
        terms = List.copyOf(byTerm.values());
        for (Term t : terms) {
            String term = t.term().strip();
            boolean prefix = term.endsWith("*");
            String words = Pattern.quote(prefix ? term.substring(0, term.length() - 1) : term).replace(" ", "\\E\\s+\\Q");
            patterns.add(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])" + words + (prefix ? "[\\p{L}]*" : "")
                    + "(?![\\p{L}\\p{N}-])"));
        }
    }

    public static List<Term> builtIn() {
        return BUILT_IN;
    }

    public List<Term> terms() {
        return terms;
    }

    /** Every hit in a text, by line; exempt names ("Alcoholics Anonymous", "service user") are skipped. */
    public List<Hint> check(String text) {
        List<Hint> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String masked = mask(line);
            java.util.TreeMap<Integer, Hint> inLine = new java.util.TreeMap<>();
            for (int i = 0; i < terms.size(); i++) {
                Matcher m = patterns.get(i).matcher(masked);
                while (m.find()) {
                    inLine.putIfAbsent(m.start(), new Hint(n + 1, line.substring(m.start(), m.end()), terms.get(i).suggestion()));
                }
            }
            out.addAll(inLine.values());
        }
        return out;
    }

    /** The line with exempt names blanked out (same length, so positions still match). */
    private static String mask(String line) {
        Matcher m = EXEMPT.matcher(line);
        StringBuilder sb = new StringBuilder(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static List<Term> load() {
        try (InputStream in = LanguageHints.class.getResourceAsStream("/org/maple/authoring/language-hints.tsv")) {
            if (in == null) {
                return List.of();
            }
            List<Term> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length == 2) {
                    out.add(new Term(parts[0].strip(), parts[1].strip()));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
