package org.maple.competency.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.maple.competency.entity.Matrix;
import org.maple.competency.entity.Matrix.Cell;
import org.maple.competency.entity.Matrix.Row;

/**
 * The matrix as CSV (RFC 4180 quoting by Commons CSV, UTF-8 with a byte order mark so spreadsheet
 * programs read accents right) and as an .xlsx workbook (fastexcel). Values a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return) are prefixed with an apostrophe in
 * the CSV.
 */
public final class MatrixExport {

    private MatrixExport() {
    }

    /** The header, one line per person, then the summary line. */
    static List<List<String>> table(Matrix m) {
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Name", "Email", "Team"));
        m.columns().forEach(c -> head.add(c.label()));
        out.add(head);
        for (Row r : m.rows()) {
            List<String> line = new ArrayList<>(List.of(r.name(), r.email(), r.team() == null ? "" : r.team()));
            for (Cell c : r.cells()) {
                line.add(c.detail().isEmpty() ? c.label() : c.label() + " (" + c.detail() + ")");
            }
            out.add(line);
        }
        List<String> sum = new ArrayList<>(List.of(m.view() == Matrix.View.UNITS ? "Current" : "Complete", "", ""));
        m.summary().forEach(s -> sum.add(s.text()));
        out.add(sum);
        return out;
    }

    public static String csv(Matrix m) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            for (List<String> line : table(m)) {
                p.printRecord(line.stream().map(MatrixExport::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    public static byte[] xlsx(Matrix m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "MAPLE", "1.0");
            Worksheet ws = wb.newWorksheet(m.view() == Matrix.View.UNITS ? "DANOS units" : "Courses");
            List<List<String>> table = table(m);
            for (int r = 0; r < table.size(); r++) {
                List<String> line = table.get(r);
                for (int c = 0; c < line.size(); c++) {
                    ws.value(r, c, line.get(c));
                }
                if (r == 0 || r == table.size() - 1) {
                    ws.range(r, 0, r, line.size() - 1).style().bold().set();
                }
            }
            ws.freezePane(1, 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Stops a spreadsheet from reading a value as a formula. */
    static String defuse(String v) {
        if (v != null && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            return "'" + v;
        }
        return v == null ? "" : v;
    }
}
