package org.maple.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maple.identity.control.StaffCsvParser.RowProblem;
import org.maple.identity.control.StaffCsvParser.StaffRow;
import org.maple.identity.entity.Role;

class StaffCsvParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void goodRowsAreReadAndEveryBadRowIsReportedWithItsLineAndReason() {
        String csv = """
                Name,E-mail,Role,Team,Start date
                "O'Brien, Siân",Sian.OBrien@Example.org,learner,North Team,2026-09-01
                Łukasz Nowak,lukasz@example.org,manager;learner,North Team,01/10/2026
                ,nobody@example.org,learner,North Team,2026-09-01
                Bad Email,not-an-email,learner,North Team,2026-09-01
                Wrong Role,wr@example.org,boss,North Team,2026-09-01
                Wrong Date,wd@example.org,learner,North Team,31/02/2026
                Duplicate,sian.obrien@example.org,learner,North Team,2026-09-01
                Far Future,ff@example.org,learner,North Team,2029-01-01
                """;
        StaffCsvParser.Result r = StaffCsvParser.parse(csv, TODAY);
        assertEquals(List.of(
                new StaffRow(2, "O'Brien, Siân", "sian.obrien@example.org", EnumSet.of(Role.LEARNER), "North Team", LocalDate.of(2026, 9, 1)),
                new StaffRow(3, "Łukasz Nowak", "lukasz@example.org", EnumSet.of(Role.MANAGER, Role.LEARNER), "North Team", LocalDate.of(2026, 10, 1))),
                r.rows());
        assertEquals(List.of(
                new RowProblem(4, "name is empty"),
                new RowProblem(5, "'not-an-email' is not an e-mail address"),
                new RowProblem(6, "unknown role 'boss' (use learner, manager, trainer or admin)"),
                new RowProblem(7, "start_date '31/02/2026' is not a date (use 2026-09-01 or 01/09/2026)"),
                new RowProblem(8, "e-mail sian.obrien@example.org already appears on line 2"),
                new RowProblem(9, "start_date 2029-01-01 is not plausible")),
                r.problems());
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        StaffCsvParser.Result r = StaffCsvParser.parse("name,email,team\nA,a@example.org,T\n", TODAY);
        assertTrue(r.rows().isEmpty());
        assertEquals(new RowProblem(1, "the header has no 'role' column (expected: name, email, role, team, start_date)"), r.problems().get(0));
    }

    @Test
    void emptyAndMalformedFilesAreReportedNotThrown() {
        assertEquals(List.of(new RowProblem(1, "the file is empty")), StaffCsvParser.parse("  ", TODAY).problems());
        StaffCsvParser.Result r = StaffCsvParser.parse("name,email,role,team,start_date\n\"unclosed,a@b.org,learner,T,2026-01-01\n", TODAY);
        assertTrue(r.rows().isEmpty());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).reason().startsWith("the file is not valid CSV"), r.problems().toString());
    }

    @Test
    void aByteOrderMarkFromExcelIsIgnoredAndRoleDefaultsToLearner() {
        StaffCsvParser.Result r = StaffCsvParser.parse("\uFEFFname,email,role,team,start_date\nA B,ab@example.org,,,2026-01-05\n", TODAY);
        assertEquals(EnumSet.of(Role.LEARNER), r.rows().get(0).roles());
        assertTrue(r.problems().isEmpty());
    }
}
