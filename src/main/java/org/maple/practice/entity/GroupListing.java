package org.maple.practice.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A local mutual aid group's details as typed, imported or edited, before it is stored as a
 * {@link DirectoryEntry}. {@code sourceKey} identifies the group in its source (a Meeting Guide
 * slug, a CSV id) so a re-import updates instead of duplicating. {@code lastVerifiedOn} may be
 * empty (then the import date counts).
 */
public record GroupListing(String sourceKey, Fellowship fellowship, String otherFellowship, String name,
        DayOfWeek day, LocalTime startTime, LocalTime endTime, String venue, String onlineUrl, MeetingAccess access,
        String accessibilityNotes, String contactRoute, String notes, LocalDate lastVerifiedOn) implements java.io.Serializable {
}
