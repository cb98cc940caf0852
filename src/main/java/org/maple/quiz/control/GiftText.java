package org.maple.quiz.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text helpers shared by {@link GiftParser} and {@link GiftWriter}: GIFT escapes, the
 * {@code [html]}/{@code [markdown]}/{@code [plain]}/{@code [moodle]} format prefixes, HTML to
 * Markdown-compatible text, and slugs for ids.
 */
final class GiftText {

    /** GIFT text formats; only HTML text is converted on import. */
    enum Format { MOODLE, HTML, PLAIN, MARKDOWN }

    /** Escaped characters, in the order of their placeholders U+E000.. (backslash first). */
    private static final String ESCAPABLE = "\\:#={}~n";
    private static final char BASE = '\uE000';
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    private GiftText() {
    }

    /** Replaces each escape ({@code \\ \: \# \= \{ \} \~ \n}) by a placeholder the parser ignores. */
    static String protect(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int k = c == '\\' && i + 1 < raw.length() ? ESCAPABLE.indexOf(raw.charAt(i + 1)) : -1;
            if (k >= 0) {
                out.append((char) (BASE + k));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Turns placeholders back into the characters they stand for ({@code \n} a line break). */
    static String restore(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int k = c - BASE;
            boolean placeholder = k >= 0 && k < ESCAPABLE.length();
            out.append(!placeholder ? c : ESCAPABLE.charAt(k) == 'n' ? '\n' : ESCAPABLE.charAt(k));
        }
        return out.toString();
    }

    /** Escapes text for a GIFT file, as Moodle's exporter does; carriage returns are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(ESCAPABLE.indexOf(c) >= 0 && c != 'n' ? "\\" + c : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** The format named by a leading {@code [name]} of protected text, or {@code dflt}. */
    static Format formatOf(String protectedText, Format dflt) {
        String name = prefix(protectedText);
        return name == null ? dflt : Format.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Protected text to final text: format prefix removed, escapes restored, HTML converted, trimmed. */
    static String text(String protectedText, Format dflt) {
        String t = protectedText.strip();
        String name = prefix(t);
        Format format = dflt;
        if (name != null) {
            format = Format.valueOf(name.toUpperCase(Locale.ROOT));
            t = t.substring(name.length() + 2);
        }
        t = restore(t);
        return (format == Format.HTML ? htmlToText(t) : t).strip();
    }

    /** Whether text begins with a format name, which a reader would take as a prefix. */
    static boolean startsWithFormat(String text) {
        return prefix(text) != null;
    }

    private static String prefix(String t) {
        t = t.stripLeading();
        int end = t.indexOf(']');
        if (!t.startsWith("[") || end < 0) {
            return null;
        }
        String name = t.substring(1, end);
        return switch (name) {
            case "html", "markdown", "plain", "moodle" -> name;
            default -> null;
        };
    }

    /**
     * HTML to Markdown-compatible plain text: paragraphs and breaks become line breaks, list items
     * "- " lines, bold and italic {@code **} and {@code *}; every other tag and all attributes are
     * dropped, script and style content removed, entities decoded. No markup survives, so the result
     * is as safe as any other text an author types.
     */
    static String htmlToText(String html) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i);
                i = end < 0 ? html.length() : end + 3;
            } else if (c == '<' && i + 1 < html.length()
                    && (Character.isLetter(html.charAt(i + 1)) || html.charAt(i + 1) == '/')) {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = html.substring(i + 1, end).strip();
                boolean closing = tag.startsWith("/");
                String name = tag.replaceFirst("^/", "").split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
                i = end + 1;
                if (!closing && (name.equals("script") || name.equals("style"))) {
                    int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                    int gt = close < 0 ? -1 : html.indexOf('>', close);
                    i = gt < 0 ? html.length() : gt + 1;
                }
                out.append(switch (name) {
                    case "br" -> "\n";
                    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
                            "pre" -> "\n\n";
                    case "li" -> closing ? "" : "\n- ";
                    case "tr" -> "\n";
                    case "td", "th" -> " ";
                    case "b", "strong" -> "**";
                    case "i", "em" -> "*";
                    default -> "";
                });
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                out.append(decoded == null ? "&" : decoded);
                i = decoded == null ? i + 1 : semi + 1;
            } else {
                out.append(Character.isWhitespace(c) ? ' ' : c);
                i++;
            }
        }
        return out.toString().replaceAll(" {2,}", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENTITIES.get(name);
    }

    /** Lower-case a-z, 0-9 and single '-' only, at most {@code max} characters; may be empty. */
    static String slug(String s, int max) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (t.length() > max) {
            t = t.substring(0, max).replaceAll("-+$", "");
        }
        return t;
    }
}
