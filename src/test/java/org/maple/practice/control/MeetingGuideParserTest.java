package org.maple.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class MeetingGuideParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static final String FEED = """
            [
              {"name": "Sunday Serenity", "slug": "sunday-serenity-14", "day": 0, "time": "18:00", "end_time": "19:30",
               "location": "Alano Club", "formatted_address": "123 Main Street, Anytown AB1 2CD, UK",
               "types": ["O", "X", "BE"], "notes": "Ring buzzer.", "updated": "2025-11-30 14:32:23",
               "url": "https://intergroup.example/meetings/sunday-serenity",
               "contact_1_name": "Bob S", "contact_1_phone": "07700 900123", "contact_1_email": "bob@example.org"},
              {"name": "Lunchtime Online", "slug": 42, "day": [1, 3, 5], "time": "12:30", "types": ["ONL", "C"],
               "attendance_option": "online", "formatted_address": "Anytown, UK",
               "conference_url": "https://zoom.example/j/123"},
              {"name": "Hybrid Step", "slug": "hybrid", "day": "6", "time": "10:00", "types": ["O", "C", "ONL"],
               "address": "5 High Street", "city": "Anytown", "postal_code": "AB1 3EF",
               "conference_url": "https://meet.example/abc", "entity_phone": "+44-800-917-7650"},
              {"name": "No slug", "day": 2, "time": "19:00", "formatted_address": "Hall"},
              {"slug": "no-name", "day": 2, "time": "19:00", "formatted_address": "Hall"},
              {"name": "Bad day", "slug": "bad-day", "day": 7, "time": "19:00", "formatted_address": "Hall"},
              {"name": "By appointment", "slug": "appt", "formatted_address": "Hall"},
              {"name": "Bad time", "slug": "bad-time", "day": 1, "time": "7.30pm", "formatted_address": "Hall"},
              {"name": "Closed for now", "slug": "tc", "day": 1, "time": "19:00", "types": ["TC"], "formatted_address": "Hall"},
              {"name": "Nowhere", "slug": "nowhere", "day": 1, "time": "19:00"},
              "not a meeting",
              {"name": "Sunday Serenity again", "slug": "sunday-serenity-14", "day": 1, "time": "19:00", "formatted_address": "Hall"},
              {"name": "Unstated", "slug": "unstated", "day": 4, "time": "20:00", "location": "Church", "updated": "2099-01-01 00:00:00"}
            ]
            """;

    @Test
    void goodMeetingsLoadAndEachBadRecordIsReportedWithItsPositionAndReason() {
        DirectoryImport r = MeetingGuideParser.parse(FEED, Fellowship.AA, null, TODAY);
        assertEquals(6, r.listings().size(), r.toString());

        GroupListing sunday = r.listings().get(0);
        assertEquals("sunday-serenity-14", sunday.sourceKey());
        assertEquals(Fellowship.AA, sunday.fellowship());
        assertEquals(DayOfWeek.SUNDAY, sunday.day(), "day 0 is Sunday");
        assertEquals(LocalTime.of(18, 0), sunday.startTime());
        assertEquals(LocalTime.of(19, 30), sunday.endTime());
        assertEquals("Alano Club, 123 Main Street, Anytown AB1 2CD, UK", sunday.venue());
        assertEquals(MeetingAccess.OPEN, sunday.access());
        assertEquals("Wheelchair access", sunday.accessibilityNotes());
        assertEquals("https://intergroup.example/meetings/sunday-serenity", sunday.contactRoute());
        assertEquals(LocalDate.of(2025, 11, 30), sunday.lastVerifiedOn());
        assertFalse(sunday.toString().contains("Bob") || sunday.toString().contains("07700"),
                "a member's contact details are never imported");

        List<GroupListing> online = r.listings().subList(1, 4);
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), online.stream().map(GroupListing::day).toList());
        assertEquals(List.of("42#1", "42#3", "42#5"), online.stream().map(GroupListing::sourceKey).toList());
        assertNull(online.get(0).venue(), "an online meeting's approximate area is not a venue");
        assertEquals("https://zoom.example/j/123", online.get(0).onlineUrl());
        assertEquals(MeetingAccess.CLOSED, online.get(0).access());

        GroupListing hybrid = r.listings().get(4);
        assertEquals(DayOfWeek.SATURDAY, hybrid.day());
        assertEquals(MeetingAccess.BOTH, hybrid.access());
        assertEquals("5 High Street, Anytown, AB1 3EF", hybrid.venue());
        assertEquals("+44-800-917-7650", hybrid.contactRoute());

        GroupListing unstated = r.listings().get(5);
        assertEquals(MeetingAccess.CLOSED, unstated.access(), "not stated: listed as closed");
        assertTrue(unstated.notes().contains("does not say whether this meeting is open"));
        assertEquals(TODAY, unstated.lastVerifiedOn(), "a future 'updated' counts as today");

        List<Problem> p = r.problems();
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12), p.stream().map(Problem::position).toList(), p.toString());
        assertTrue(p.get(0).reason().startsWith("slug is missing ('No slug')"));
        assertTrue(p.get(1).reason().startsWith("name is missing"));
        assertTrue(p.get(2).reason().contains("day 7 is not 0–6"));
        assertTrue(p.get(3).reason().contains("by-appointment"));
        assertTrue(p.get(4).reason().contains("'7.30pm' is not HH:MM"));
        assertTrue(p.get(5).reason().contains("temporarily closed"));
        assertTrue(p.get(6).reason().contains("venue or an online link"));
        assertTrue(p.get(7).reason().contains("not a meeting object"));
        assertTrue(p.get(8).reason().contains("appears twice"));
    }

    @Test
    void aFeedThatIsNotAJsonArrayIsOneProblem() {
        assertEquals(List.of(new Problem(0, "the feed is not a JSON array of meetings")),
                MeetingGuideParser.parse("{\"meetings\": []}", Fellowship.NA, null, TODAY).problems());
        Problem broken = MeetingGuideParser.parse("[{\"name\": ", Fellowship.NA, null, TODAY).problems().get(0);
        assertEquals(0, broken.position());
        assertTrue(broken.reason().startsWith("the feed is not valid JSON"), broken.reason());
        assertTrue(MeetingGuideParser.parse("[]", Fellowship.NA, null, TODAY).listings().isEmpty());
    }

    @Test
    void theImporterNamesTheFellowshipOfAFeed() {
        DirectoryImport r = MeetingGuideParser.parse("[{\"name\":\"Hope\",\"slug\":\"hope\",\"day\":3,\"time\":\"19:00\","
                + "\"formatted_address\":\"Hall\",\"types\":[\"O\"]}]", Fellowship.OTHER, "Intuitive Recovery", TODAY);
        assertEquals(Fellowship.OTHER, r.listings().get(0).fellowship());
        assertEquals("Intuitive Recovery", r.listings().get(0).otherFellowship());
    }
}
