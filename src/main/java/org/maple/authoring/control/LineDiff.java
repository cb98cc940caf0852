package org.maple.authoring.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line diff of two texts (longest common subsequence of lines), shown as unified hunks
 * with a few lines of context. Inputs are capped so a diff never costs more than ~16 M cells; the
 * common head and tail are trimmed first, so typical edits of long files stay cheap.
 */
public final class LineDiff {

    /** One line of a diff: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}); line numbers 1-based, 0 when absent. */
    public record Line(char kind, int oldLine, int newLine, String text) implements java.io.Serializable {
        public String mark() {
            return kind == ' ' ? " " : String.valueOf(kind);
        }

        /** A word for screen readers and colour-blind readers: no colour-only signal. */
        public String label() {
            return kind == '+' ? "added" : kind == '-' ? "removed" : "unchanged";
        }
    }

    static final int MAX_CELLS = 16_000_000;

    private LineDiff() {
    }

    /** Every line of both texts, in order, marked. */
    public static List<Line> diff(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            out.add(new Line(' ', i + 1, i + 1, a.get(i)));
        }
        middle(a.subList(start, endA), b.subList(start, endB), start, out);
        for (int i = endA, j = endB; i < a.size(); i++, j++) {
            out.add(new Line(' ', i + 1, j + 1, a.get(i)));
        }
        return out;
    }

    /** Only the changed lines with {@code context} unchanged lines around each change; "…" lines mark gaps. */
    public static List<Line> hunks(String before, String after, int context) {
        List<Line> all = diff(before, after);
        boolean[] keep = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != ' ') {
                for (int k = Math.max(0, i - context); k <= Math.min(all.size() - 1, i + context); k++) {
                    keep[k] = true;
                }
            }
        }
        List<Line> out = new ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                if (gap && !out.isEmpty()) {
                    out.add(new Line('…', 0, 0, "…"));
                }
                out.add(all.get(i));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out;
    }

    public static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() == '+' || l.kind() == '-');
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) { // too big to align: all removed, then all added
            for (int i = 0; i < n; i++) {
                out.add(new Line('-', offset + i + 1, 0, a.get(i)));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Line('+', 0, offset + j + 1, b.get(j)));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(' ', offset + i + 1, offset + j + 1, a.get(i)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                out.add(new Line('+', 0, offset + j + 1, b.get(j)));
                j++;
            } else {
                out.add(new Line('-', offset + i + 1, 0, a.get(i)));
                i++;
            }
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
