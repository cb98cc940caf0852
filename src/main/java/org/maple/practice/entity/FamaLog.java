package org.maple.practice.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.maple.platform.persistence.StringListConverter;

/**
 * A keyworker's de-identified record of facilitating one client's access to mutual aid with the
 * three FAMA stages: the client is only a service-local reference (checked for identifiers by the
 * service), which stages were done and what was done at each, the groups offered, the outcome and
 * a reflection. {@code practiceOn} is the date of the practice recorded (evidence dates count from
 * it). Editable by the author until verified; an edit sends it back for review.
 */
@Entity
@Table(name = "fama_log")
@NamedQuery(name = "FamaLog.ofPerson",
        query = "select f from FamaLog f where f.person = :person order by f.practiceOn desc, f.id desc")
@NamedQuery(name = "FamaLog.countOfPerson", query = "select count(f) from FamaLog f where f.person = :person")
@NamedQuery(name = "FamaLog.ofPeople",
        query = "select f from FamaLog f where f.person in :people order by f.practiceOn desc, f.id desc")
public class FamaLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "client_ref", nullable = false, length = 40)
    private String clientRef;

    @Column(name = "practice_on", nullable = false)
    private LocalDate practiceOn;

    @Column(name = "assess_done", nullable = false)
    private boolean assessDone;

    @Column(name = "assess_notes", length = 4000)
    private String assessNotes;

    @Column(name = "link_done", nullable = false)
    private boolean linkDone;

    @Column(name = "link_notes", length = 4000)
    private String linkNotes;

    @Column(name = "follow_up_done", nullable = false)
    private boolean followUpDone;

    @Column(name = "follow_up_notes", length = 4000)
    private String followUpNotes;

    @Convert(converter = StringListConverter.class)
    @Column(name = "groups_offered", nullable = false, length = 400)
    private List<String> groupsOffered = List.of();

    @Column(name = "groups_other", length = 400)
    private String groupsOther;

    @Enumerated(EnumType.STRING)
    @Column(name = "attended_first", nullable = false, length = 20)
    private Outcome attendedFirst = Outcome.NOT_YET_KNOWN;

    @Enumerated(EnumType.STRING)
    @Column(name = "still_attending", nullable = false, length = 20)
    private Outcome stillAttending = Outcome.NOT_YET_KNOWN;

    @Column(nullable = false, length = 4000)
    private String reflection;

    @Embedded
    private Review review = new Review();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected FamaLog() {
    }

    public FamaLog(Person person, LocalDateTime now) {
        this.person = person;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What a FAMA record holds; the service has checked it. */
    public record Content(String clientRef, LocalDate practiceOn, String assessNotes, String linkNotes,
            String followUpNotes, Set<Fellowship> groupsOffered, String groupsOther, Outcome attendedFirst,
            Outcome stillAttending, String reflection) implements java.io.Serializable {
    }

    /** Sets the record; a stage counts as done when what was done at it is described. Resubmits for review. */
    public void record(Content c, LocalDateTime now) {
        clientRef = c.clientRef();
        practiceOn = c.practiceOn();
        assessNotes = c.assessNotes();
        assessDone = assessNotes != null;
        linkNotes = c.linkNotes();
        linkDone = linkNotes != null;
        followUpNotes = c.followUpNotes();
        followUpDone = followUpNotes != null;
        groupsOffered = c.groupsOffered().stream().sorted().map(Enum::name).toList();
        groupsOther = c.groupsOther();
        attendedFirst = c.attendedFirst();
        stillAttending = c.stillAttending();
        reflection = c.reflection();
        updatedAt = now;
        review.resubmit();
    }

    public Set<FamaStage> stagesDone() {
        Set<FamaStage> s = EnumSet.noneOf(FamaStage.class);
        if (assessDone) {
            s.add(FamaStage.ASSESS_INTRODUCE);
        }
        if (linkDone) {
            s.add(FamaStage.FACILITATE_LINK);
        }
        if (followUpDone) {
            s.add(FamaStage.FOLLOW_UP_REVIEW);
        }
        return s;
    }

    public Set<Fellowship> groupsOffered() {
        Set<Fellowship> s = EnumSet.noneOf(Fellowship.class);
        groupsOffered.forEach(g -> Fellowship.parse(g).ifPresent(s::add));
        return s;
    }

    /** Whether the client was offered mutual aid at all (any group named). */
    public boolean offered() {
        return !groupsOffered.isEmpty() || (groupsOther != null && !groupsOther.isBlank());
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getClientRef() {
        return clientRef;
    }

    public LocalDate getPracticeOn() {
        return practiceOn;
    }

    public String getAssessNotes() {
        return assessNotes;
    }

    public String getLinkNotes() {
        return linkNotes;
    }

    public String getFollowUpNotes() {
        return followUpNotes;
    }

    public String getGroupsOther() {
        return groupsOther;
    }

    public Outcome getAttendedFirst() {
        return attendedFirst;
    }

    public Outcome getStillAttending() {
        return stillAttending;
    }

    public String getReflection() {
        return reflection;
    }

    public Review getReview() {
        return review;
    }
}
