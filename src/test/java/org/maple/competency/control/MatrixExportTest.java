package org.maple.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.competency.entity.Matrix;
import org.maple.competency.entity.Matrix.Cell;
import org.maple.competency.entity.Matrix.Column;
import org.maple.competency.entity.Matrix.Row;

/** CSV escaping of awkward names (commas, quotes, accents, formula starts) and the spreadsheet export. */
class MatrixExportTest {

    static Cell cell(String key, CompetencyStatus s, String detail) {
        return new Cell(key, s.name(), s.label(), s.icon(), s.tone(), detail, s.rank(), s.current());
    }

    static Matrix matrix() {
        List<Column> cols = List.of(new Column("AF1", "AF1", "Screening", ""), new Column("AI2", "AI2", "Action plan", "uncertain"));
        List<Row> rows = List.of(
                new Row(1, "Siân Ó Ceallaigh", "sian@maple.test", "Riverside, North",
                        List.of(cell("AF1", CompetencyStatus.EVIDENCED, "until 1 Mar 2027"), cell("AI2", CompetencyStatus.NOT_STARTED, ""))),
                new Row(2, "Jo \"JJ\" Smith, Jr.", "jo@maple.test", "Riverside, North",
                        List.of(cell("AF1", CompetencyStatus.EXPIRED, ""), cell("AI2", CompetencyStatus.SIGNED_OFF, "until 2 Apr 2028"))),
                new Row(3, "=HYPERLINK(\"http://x\")", "eve@maple.test", "Line\nbreak",
                        List.of(cell("AF1", CompetencyStatus.IN_PROGRESS, ""), cell("AI2", CompetencyStatus.EXPIRING, "until 3 Jul 2026"))));
        return MatrixBuilder.build("Riverside, North", 5L, Matrix.View.UNITS, cols, rows, "all", "name");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndKeepsAccents() throws IOException {
        String csv = MatrixExport.csv(matrix());
        assertTrue(csv.startsWith("\uFEFFName,Email,Team,AF1,AI2\r\n"), csv);
        assertTrue(csv.contains("Siân Ó Ceallaigh,sian@maple.test,\"Riverside, North\",Evidenced (until 1 Mar 2027),Not started"), csv);
        assertTrue(csv.contains("\"Jo \"\"JJ\"\" Smith, Jr.\""), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "a formula is defused: " + csv);

        List<CSVRecord> read = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(5, read.size(), "header, three people, summary");
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "eve@maple.test", "Line\nbreak", "In progress", "Expiring (until 3 Jul 2026)"),
                read.get(1).toList(), "sorted by name: '=' sorts first");
        assertEquals("Jo \"JJ\" Smith, Jr.", read.get(2).get(0));
        assertEquals("Riverside, North", read.get(2).get(2));
        assertEquals("Siân Ó Ceallaigh", read.get(3).get(0));
        assertEquals(List.of("Current", "", "", "1 of 3", "2 of 3"), read.get(4).toList());
        assertTrue(csv.getBytes(StandardCharsets.UTF_8).length > csv.length(), "UTF-8 multi-byte characters survive");
    }

    @Test
    void spreadsheetHoldsTheSameCellsWithAccentsIntact(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("m.xlsx"), MatrixExport.xlsx(matrix()));
        String sheet = "";
        String strings = "";
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    strings = text;
                } else if (e.getName().startsWith("xl/worksheets/")) {
                    sheet = text;
                }
            }
        }
        List<String> texts = texts(strings);
        assertTrue(texts.contains("Siân Ó Ceallaigh"), texts.toString());
        assertTrue(texts.contains("Jo \"JJ\" Smith, Jr."), texts.toString());
        assertTrue(texts.contains("Evidenced (until 1 Mar 2027)"), texts.toString());
        assertTrue(texts.contains("=HYPERLINK(\"http://x\")"), "stored as text, never as a formula");
        assertTrue(!sheet.contains("<f>"), "no formula cells");
        assertTrue(sheet.contains("<pane"), "the header row and name column are frozen");
    }

    /** The text of every shared string, XML entities decoded. */
    static List<String> texts(String xml) {
        try {
            var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            var nodes = doc.getElementsByTagName("t");
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void filtersSortsAndSummary() {
        Matrix m = matrix();
        Matrix overdue = MatrixBuilder.build(m.scope(), m.teamId(), m.view(), m.columns(), m.rows(), "overdue", "name");
        assertEquals(List.of("Jo \"JJ\" Smith, Jr."), overdue.rows().stream().map(Row::name).toList());
        assertEquals(3, overdue.members());
        Matrix expiring = MatrixBuilder.build(m.scope(), m.teamId(), m.view(), m.columns(), m.rows(), "expiring", "name");
        assertEquals(1, expiring.rows().size());
        Matrix notStarted = MatrixBuilder.build(m.scope(), m.teamId(), m.view(), m.columns(), m.rows(), "not-started", "name");
        assertEquals(List.of("Siân Ó Ceallaigh"), notStarted.rows().stream().map(Row::name).toList());
        Matrix byAf1 = MatrixBuilder.build(m.scope(), m.teamId(), m.view(), m.columns(), m.rows(), "all", "AF1");
        assertEquals(List.of(2L, 3L, 1L), byAf1.rows().stream().map(Row::personId).toList(), "expired, in progress, evidenced");
        Matrix attention = MatrixBuilder.build(m.scope(), m.teamId(), m.view(), m.columns(), m.rows(), "all", "attention");
        assertEquals(2L, attention.rows().get(0).personId());
        Matrix bogus = MatrixBuilder.build(m.scope(), m.teamId(), m.view(), m.columns(), m.rows(), "nonsense", "nonsense");
        assertEquals("all", bogus.filter());
        assertEquals("name", bogus.sort());
        assertEquals("1 of 3", m.summary().get(0).text());
    }
}
