package org.maple.competency.entity;

import java.util.List;

/**
 * A team matrix as shown and exported: staff × DANOS units (or × courses), each cell with words,
 * an icon and a tone; a summary row of how many are current per column.
 *
 * @param scope  the team's name, or "Whole organisation"
 * @param teamId null for the whole organisation
 */
public record Matrix(String scope, Long teamId, View view, List<Column> columns, List<Row> rows,
        List<Summary> summary, int members, String filter, String sort) implements java.io.Serializable {

    public Matrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        summary = List.copyOf(summary);
    }

    /** What the columns are. */
    public enum View {
        UNITS, COURSES;

        public String word() {
            return name().toLowerCase();
        }
    }

    /** A column: a unit (key = code) or a course (key = course id). {@code note} flags a recorded uncertainty. */
    public record Column(String key, String label, String title, String note) implements java.io.Serializable {
    }

    /**
     * One cell: {@code status} is the enum name (a competency or a course status), {@code rank} orders
     * cells by need of attention (0 first), {@code current} says whether it counts as current/complete.
     */
    public record Cell(String key, String status, String label, String icon, String tone, String detail, int rank,
            boolean current) implements java.io.Serializable {
    }

    public record Row(long personId, String name, String email, String team, List<Cell> cells) implements java.io.Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        public long count(String status) {
            return cells.stream().filter(c -> c.status().equals(status)).count();
        }

        public long current() {
            return cells.stream().filter(Cell::current).count();
        }

        /** Cells that are expired (units; courses whose certificate expired), revoked or overdue (courses). */
        public long overdue() {
            return count("EXPIRED") + count("OVERDUE") + count("REVOKED");
        }
    }

    /** The summary row: how many of the rows shown are current in the column. */
    public record Summary(String key, int current, int of) implements java.io.Serializable {

        public String text() {
            return current + " of " + of;
        }
    }
}
