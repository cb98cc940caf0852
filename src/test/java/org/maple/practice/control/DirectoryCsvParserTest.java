package org.maple.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maple.practice.control.DirectoryImport.Problem;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.GroupListing;
import org.maple.practice.entity.MeetingAccess;

class DirectoryCsvParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void goodRowsLoadAndEachBadRowIsReportedWithItsLineAndReason() {
        String csv = """
                Fellowship,Name,Day,Time,End time,Venue,Online URL,Access,Accessibility,Contact,Notes,Last verified,Id
                AA,Riverside Tuesday,Tuesday,19:30,21:00,"St Mark's Hall, 1 Mill Lane",,open,Step-free entrance,AA helpline 0800 9177 650,,2026-01-15,aa-1
                SMART Recovery,Online SMART,wed,18.00,,,https://smartrecovery.org.uk/online,both,,,Camera optional,01/02/2026,
                NA,No day,,19:00,,Town Hall,,open,,,,,
                CA,Bad time,Friday,7pm,,Town Hall,,open,,,,,
                Al-Anon,Nowhere,Monday,10:00,,,,open,,,,,
                FA,Bad link,Monday,10:00,,,javascript:alert(1),open,,,,,
                DAA,Bad access,Monday,10:00,,Hall,,sometimes,,,,,
                AA,Ends early,Monday,10:00,09:00,Hall,,open,,,,,
                AA,Future check,Monday,10:00,,Hall,,open,,,,2027-01-01,
                Intuitive Recovery,Library group,Thursday,11:00,,Central Library,,closed,,,,,
                AA,Duplicate,Monday,10:00,,Hall,,open,,,,,aa-1
                """;
        DirectoryImport r = DirectoryCsvParser.parse(csv, TODAY);
        assertEquals(3, r.listings().size(), r.toString());
        GroupListing aa = r.listings().get(0);
        assertEquals(Fellowship.AA, aa.fellowship());
        assertEquals(DayOfWeek.TUESDAY, aa.day());
        assertEquals(LocalTime.of(19, 30), aa.startTime());
        assertEquals(LocalTime.of(21, 0), aa.endTime());
        assertEquals("St Mark's Hall, 1 Mill Lane", aa.venue());
        assertEquals(MeetingAccess.OPEN, aa.access());
        assertEquals("aa-1", aa.sourceKey());
        assertEquals(LocalDate.of(2026, 1, 15), aa.lastVerifiedOn());
        GroupListing smart = r.listings().get(1);
        assertEquals(DayOfWeek.WEDNESDAY, smart.day());
        assertEquals(LocalTime.of(18, 0), smart.startTime());
        assertEquals(MeetingAccess.BOTH, smart.access());
        assertEquals(LocalDate.of(2026, 2, 1), smart.lastVerifiedOn(), "UK-style date");
        assertNull(smart.sourceKey());
        GroupListing other = r.listings().get(2);
        assertEquals(Fellowship.OTHER, other.fellowship());
        assertEquals("Intuitive Recovery", other.otherFellowship());

        List<Problem> p = r.problems();
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 12), p.stream().map(Problem::position).toList(), p.toString());
        assertTrue(p.get(0).reason().contains("day is empty"));
        assertTrue(p.get(1).reason().contains("'7pm' is not a time"));
        assertTrue(p.get(2).reason().contains("venue or an online link"));
        assertTrue(p.get(3).reason().contains("not an http(s) address"));
        assertTrue(p.get(4).reason().contains("not open, closed or both"));
        assertTrue(p.get(5).reason().contains("not after the start time"));
        assertTrue(p.get(6).reason().contains("in the future"));
        assertTrue(p.get(7).reason().contains("already appears on line 2"));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsOneProblemOnLine1() {
        DirectoryImport r = DirectoryCsvParser.parse("place,when\nx,y\n", TODAY);
        assertTrue(r.listings().isEmpty());
        assertEquals(4, r.problems().size());
        assertTrue(r.problems().stream().allMatch(p -> p.position() == 1));
        assertTrue(r.problems().get(0).reason().contains("'fellowship'"));
    }

    @Test
    void emptyFilesAndQuotedLineBreaksAreHandled() {
        assertEquals(List.of(new Problem(1, "the file is empty")), DirectoryCsvParser.parse("  ", TODAY).problems());
        String csv = "\uFEFFfellowship,name,day,time,venue\nAA,\"Two\nlines\",Sunday,10:00,Hall\nAA,,Sunday,10:00,Hall\n";
        DirectoryImport r = DirectoryCsvParser.parse(csv, TODAY);
        assertEquals(1, r.listings().size());
        assertEquals(MeetingAccess.OPEN, r.listings().get(0).access(), "open by default");
        assertEquals(List.of(new Problem(4, "name is empty")), r.problems(), "the line number counts the quoted line break");
    }
}
