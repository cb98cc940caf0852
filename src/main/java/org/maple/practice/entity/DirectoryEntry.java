package org.maple.practice.entity;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A local mutual aid group in the service's directory. The contact route is the group's or
 * fellowship's published line, never a member's personal details. "Last verified" says when and by
 * whom the details were last checked; past the configured period the entry is stale. Removing an
 * entry deactivates it (meeting logs may point at it). {@code source}/{@code sourceKey} identify an
 * imported group so a re-import updates it.
 */
@Entity
@Table(name = "directory_entry")
@NamedQuery(name = "DirectoryEntry.active",
        query = "select d from DirectoryEntry d where d.active = true order by d.dayOfWeek, d.startTime, d.name")
@NamedQuery(name = "DirectoryEntry.staleSince",
        query = "select d from DirectoryEntry d where d.active = true and d.lastVerifiedOn < :before "
                + "order by d.lastVerifiedOn, d.name")
@NamedQuery(name = "DirectoryEntry.bySource",
        query = "select d from DirectoryEntry d where d.source = :source and d.sourceKey is not null order by d.id")
public class DirectoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Fellowship fellowship;

    @Column(name = "other_fellowship", length = 200)
    private String otherFellowship;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(length = 2000)
    private String venue;

    @Column(name = "online_url", length = 2000)
    private String onlineUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingAccess access;

    @Column(name = "accessibility_notes", length = 2000)
    private String accessibilityNotes;

    @Column(name = "contact_route", length = 2000)
    private String contactRoute;

    @Column(length = 2000)
    private String notes;

    @Column(nullable = false, length = 40)
    private String source;

    @Column(name = "source_key", length = 200)
    private String sourceKey;

    @Column(name = "last_verified_on", nullable = false)
    private LocalDate lastVerifiedOn;

    @Column(name = "last_verified_by", nullable = false, length = 200)
    private String lastVerifiedBy;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected DirectoryEntry() {
    }

    public DirectoryEntry(String source, String sourceKey, LocalDateTime now) {
        this.source = source;
        this.sourceKey = sourceKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes a checked listing's details; verified on its own date, or today, by {@code verifiedBy}. */
    public void apply(GroupListing g, String verifiedBy, LocalDate today, LocalDateTime now) {
        fellowship = g.fellowship();
        otherFellowship = g.fellowship() == Fellowship.OTHER ? g.otherFellowship() : null;
        name = g.name().strip();
        dayOfWeek = g.day();
        startTime = g.startTime();
        endTime = g.endTime();
        venue = g.venue();
        onlineUrl = g.onlineUrl();
        access = g.access();
        accessibilityNotes = g.accessibilityNotes();
        contactRoute = g.contactRoute();
        notes = g.notes();
        lastVerifiedOn = g.lastVerifiedOn() == null ? today : g.lastVerifiedOn();
        lastVerifiedBy = verifiedBy;
        active = true;
        updatedAt = now;
    }

    /** Someone checked the details are still right. */
    public void verified(String by, LocalDate on, LocalDateTime now) {
        lastVerifiedBy = by;
        lastVerifiedOn = on;
        updatedAt = now;
    }

    public void deactivate(LocalDateTime now) {
        active = false;
        updatedAt = now;
    }

    /** Stale when last verified more than {@code staleDays} days before {@code today}. */
    public boolean isStale(LocalDate today, int staleDays) {
        return lastVerifiedOn.isBefore(today.minusDays(staleDays));
    }

    public boolean isOnline() {
        return onlineUrl != null && !onlineUrl.isBlank();
    }

    public boolean isInPerson() {
        return venue != null && !venue.isBlank();
    }

    public String fellowshipName() {
        return fellowship == Fellowship.OTHER && otherFellowship != null ? otherFellowship : fellowship.label();
    }

    public Long getId() {
        return id;
    }

    public Fellowship getFellowship() {
        return fellowship;
    }

    public String getName() {
        return name;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public MeetingAccess getAccess() {
        return access;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public String getContactRoute() {
        return contactRoute;
    }

    public String getNotes() {
        return notes;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public LocalDate getLastVerifiedOn() {
        return lastVerifiedOn;
    }

    public String getLastVerifiedBy() {
        return lastVerifiedBy;
    }

    public boolean isActive() {
        return active;
    }
}
