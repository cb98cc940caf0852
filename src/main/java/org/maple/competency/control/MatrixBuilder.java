package org.maple.competency.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.maple.competency.entity.Matrix;
import org.maple.competency.entity.Matrix.Column;
import org.maple.competency.entity.Matrix.Row;
import org.maple.competency.entity.Matrix.Summary;

/**
 * Filters, sorts and sums up a matrix's rows. Filters: {@code overdue} (a unit expired or a course
 * overdue), {@code expiring}, {@code not-started}; anything else shows everyone. Sorts: {@code name}
 * (default), {@code attention} (most overdue, then least current first), or a column key (that
 * column's most urgent status first, then name).
 */
public final class MatrixBuilder {

    public static final List<String> FILTERS = List.of("all", "overdue", "expiring", "not-started");

    private MatrixBuilder() {
    }

    public static Matrix build(String scope, Long teamId, Matrix.View view, List<Column> columns, List<Row> rows,
            String filter, String sort) {
        String f = filter == null || !FILTERS.contains(filter) ? "all" : filter;
        List<Row> shown = new ArrayList<>(rows.stream().filter(r -> matches(r, f)).toList());
        String s = sort == null || sort.isBlank() ? "name" : sort;
        shown.sort(comparator(s, columns));
        List<Summary> summary = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            final int col = i;
            int current = (int) shown.stream().filter(r -> r.cells().get(col).current()).count();
            summary.add(new Summary(columns.get(i).key(), current, shown.size()));
        }
        String effectiveSort = s.equals("name") || s.equals("attention")
                || columns.stream().anyMatch(c -> c.key().equals(s)) ? s : "name";
        return new Matrix(scope, teamId, view, columns, shown, summary, rows.size(), f, effectiveSort);
    }

    static boolean matches(Row r, String filter) {
        return switch (filter) {
            case "overdue" -> r.overdue() > 0;
            case "expiring" -> r.count("EXPIRING") > 0;
            case "not-started" -> r.count("NOT_STARTED") > 0;
            default -> true;
        };
    }

    private static final Comparator<Row> BY_NAME = Comparator
            .comparing((Row r) -> r.name().toLowerCase(Locale.UK)).thenComparingLong(Row::personId);

    static Comparator<Row> comparator(String sort, List<Column> columns) {
        if (sort.equals("attention")) {
            return Comparator.comparingLong(Row::overdue).reversed().thenComparingLong(Row::current).thenComparing(BY_NAME);
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(sort)) {
                final int col = i;
                return Comparator.comparingInt((Row r) -> r.cells().get(col).rank()).thenComparing(BY_NAME);
            }
        }
        return BY_NAME;
    }
}
