package org.maple.practice.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.maple.identity.entity.Person;

/**
 * An open mutual aid meeting a member of staff attended, with their guided reflection. Anonymity by
 * design: there is no field for names, photos or locations of other attendees. The author may edit
 * or delete it until it is verified; an edit sends it back for review. The date is checked by the
 * service (not in the future, not long before the start date).
 */
@Entity
@Table(name = "meeting_log")
@NamedQuery(name = "MeetingLog.ofPerson",
        query = "select m from MeetingLog m left join fetch m.directoryEntry where m.person = :person order by m.attendedOn desc, m.id desc")
@NamedQuery(name = "MeetingLog.ofPeople",
        query = "select m from MeetingLog m left join fetch m.directoryEntry where m.person in :people order by m.attendedOn desc, m.id desc")
public class MeetingLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Fellowship fellowship;

    @Column(name = "other_fellowship", length = 200)
    private String otherFellowship;

    @Column(name = "attended_on", nullable = false)
    private LocalDate attendedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceMode mode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directory_entry_id")
    private DirectoryEntry directoryEntry;

    @Column(name = "what_happened", nullable = false, length = 4000)
    private String whatHappened;

    @Column(name = "what_surprised", nullable = false, length = 4000)
    private String whatSurprised;

    @Column(name = "client_difficulty", nullable = false, length = 4000)
    private String clientDifficulty;

    @Column(name = "how_describe", nullable = false, length = 4000)
    private String howDescribe;

    @Embedded
    private Review review = new Review();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected MeetingLog() {
    }

    public MeetingLog(Person person, LocalDateTime now) {
        this.person = person;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets what was attended and the reflection; an already-reviewed entry goes back for review. */
    public void record(Fellowship fellowship, String otherFellowship, LocalDate attendedOn, AttendanceMode mode,
            DirectoryEntry entry, String whatHappened, String whatSurprised, String clientDifficulty, String howDescribe,
            LocalDateTime now) {
        this.fellowship = fellowship;
        this.otherFellowship = fellowship == Fellowship.OTHER ? otherFellowship : null;
        this.attendedOn = attendedOn;
        this.mode = mode;
        this.directoryEntry = entry;
        this.whatHappened = whatHappened;
        this.whatSurprised = whatSurprised;
        this.clientDifficulty = clientDifficulty;
        this.howDescribe = howDescribe;
        this.updatedAt = now;
        review.resubmit();
    }

    public String fellowshipName() {
        return fellowship == Fellowship.OTHER && otherFellowship != null ? otherFellowship : fellowship.label();
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Fellowship getFellowship() {
        return fellowship;
    }

    public String getOtherFellowship() {
        return otherFellowship;
    }

    public LocalDate getAttendedOn() {
        return attendedOn;
    }

    public AttendanceMode getMode() {
        return mode;
    }

    public DirectoryEntry getDirectoryEntry() {
        return directoryEntry;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getWhatSurprised() {
        return whatSurprised;
    }

    public String getClientDifficulty() {
        return clientDifficulty;
    }

    public String getHowDescribe() {
        return howDescribe;
    }

    public Review getReview() {
        return review;
    }
}
