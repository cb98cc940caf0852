package org.maple.course.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A person's run through one course: created when they first open it, pinned to the course
 * version current at that moment (later versions do not disturb it), completed once when the
 * completion rule says so. {@code cycle} counts re-assignments (recertification) of the same course.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.ofPerson",
        query = "select e from Enrolment e join fetch e.courseVersion where e.person = :person order by e.cycle desc")
@NamedQuery(name = "Enrolment.ofPersonAndCourse",
        query = "select e from Enrolment e where e.person = :person and e.courseCode = :code order by e.cycle desc")
@NamedQuery(name = "Enrolment.ofPeople",
        query = "select e from Enrolment e join fetch e.courseVersion where e.person in :people")
@NamedQuery(name = "Enrolment.count", query = "select count(e) from Enrolment e")
public class Enrolment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(nullable = false)
    private int cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "last_lesson_key", length = 120)
    private String lastLessonKey;

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(Person person, CourseVersion courseVersion, int cycle, LocalDateTime startedAt) {
        this.person = person;
        this.courseCode = courseVersion.getCourseCode();
        this.courseVersion = courseVersion;
        this.cycle = cycle;
        this.startedAt = startedAt;
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    /** Marks the course complete; returns false if it already was (completion happens once). */
    public boolean complete(LocalDateTime now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }

    public void visited(String lessonKey) {
        this.lastLessonKey = lessonKey;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getCycle() {
        return cycle;
    }

    public CourseVersion getCourseVersion() {
        return courseVersion;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public String getLastLessonKey() {
        return lastLessonKey;
    }
}
