package org.maple.authoring.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Edits one top-level key of a YAML text (course.yaml, a lesson's front matter) and leaves every
 * other byte alone, so an edit of the title never reformats the objectives and unchanged files stay
 * byte-for-byte equal to their source in git. A key's block is its line plus the lines after it that
 * are indented, blank or a sequence entry; blank lines at its end stay where they are.
 */
public final class YamlBlocks {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9(][^\\n]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9.]+([eE][-+]?[0-9]+)?");

    private YamlBlocks() {
    }

    /** The text with {@code key}'s block replaced by {@code block} (one or more lines, no final newline), or appended. */
    public static String set(String yaml, String key, String block) {
        String nl = yaml.contains("\r\n") ? "\r\n" : "\n";
        String body = block.replace("\r\n", "\n").replace("\n", nl);
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                start = i;
                break;
            }
        }
        String cr = nl.equals("\r\n") ? "\r" : "";
        if (start < 0) {
            boolean endsWithNewline = yaml.isEmpty() || yaml.endsWith("\n");
            return yaml + (endsWithNewline ? "" : nl) + body + nl;
        }
        int end = start + 1;
        while (end < lines.size() && continues(lines.get(end))) {
            end++;
        }
        while (end > start + 1 && lines.get(end - 1).strip().isEmpty()) {
            end--;
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        for (String l : body.split(nl, -1)) {
            out.add(l + cr);
        }
        out.addAll(lines.subList(end, lines.size()));
        return String.join("\n", out);
    }

    /**
     * The top-level key whose block holds a 1-based line of the text (counting from
     * {@code firstLine}), or empty when the line is before the first key or past the end.
     */
    public static java.util.Optional<String> keyAt(String yaml, int line, int firstLine) {
        String[] lines = yaml.split("\n", -1);
        String key = null;
        for (int i = 0; i < lines.length && i + firstLine <= line; i++) {
            String l = lines[i];
            int colon = l.indexOf(':');
            if (!l.isEmpty() && !continues(l) && !l.startsWith("#") && colon > 0) {
                key = l.substring(0, colon).strip();
            }
        }
        return java.util.Optional.ofNullable(line < firstLine ? null : key);
    }

    /** The text without {@code key}'s block. */
    public static String remove(String yaml, String key) {
        String marker = "\u0000remove\u0000";
        String set = set(yaml, key, marker);
        if (!yaml.contains(key + ":")) {
            return yaml;
        }
        String nl = yaml.contains("\r\n") ? "\r\n" : "\n";
        return set.replace(marker + nl, "").replace(marker, "");
    }

    private static boolean continues(String line) {
        return line.isEmpty() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("- ")
                || line.equals("-") || line.strip().isEmpty();
    }

    /** {@code key: value} with the value quoted only when YAML needs it. */
    public static String scalar(String key, String value) {
        return key + ": " + quote(value);
    }

    public static String number(String key, Integer value) {
        return key + ": " + value;
    }

    public static String bool(String key, boolean value) {
        return key + ": " + value;
    }

    /** {@code key: [a, b]} for short codes; each item quoted when needed. */
    public static String flow(String key, List<String> values) {
        return key + ": [" + String.join(", ", values.stream().map(YamlBlocks::flowItem).toList()) + "]";
    }

    /** A block sequence of scalars: {@code key:} then {@code   - value} lines. */
    public static String sequence(String key, List<String> values) {
        if (values.isEmpty()) {
            return key + ": []";
        }
        StringBuilder sb = new StringBuilder(key).append(':');
        values.forEach(v -> sb.append("\n  - ").append(quote(v)));
        return sb.toString();
    }

    /** A block sequence of maps, fields in the given order; empty values are left out. */
    public static String maps(String key, List<Map<String, String>> values) {
        if (values.isEmpty()) {
            return key + ": []";
        }
        StringBuilder sb = new StringBuilder(key).append(':');
        for (Map<String, String> m : values) {
            String lead = "\n  - ";
            for (Map.Entry<String, String> e : m.entrySet()) {
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    continue;
                }
                sb.append(lead).append(e.getKey()).append(": ").append(quote(e.getValue()));
                lead = "\n    ";
            }
        }
        return sb.toString();
    }

    /** An item of a flow sequence: plain only for simple words (codes, ids), else double-quoted. */
    static String flowItem(String value) {
        String v = value == null ? "" : value;
        return v.matches("[A-Za-z0-9][A-Za-z0-9._ -]*") && !v.endsWith(" ") && !RESERVED.matcher(v).matches()
                ? v : doubleQuoted(v);
    }

    /** The value as a YAML scalar: plain when safe, else double-quoted with escapes. */
    public static String quote(String value) {
        String v = value == null ? "" : value;
        boolean plain = PLAIN.matcher(v).matches() && !RESERVED.matcher(v).matches() && !v.contains(": ")
                && !v.contains(" #") && !v.endsWith(":") && !v.endsWith(" ") && !v.contains("\"")
                && !v.contains("[") && !v.contains("]") && !v.contains("{") && !v.contains("}")
                && !v.contains(",") && !v.contains("'");
        return plain ? v : doubleQuoted(v);
    }

    private static String doubleQuoted(String v) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
