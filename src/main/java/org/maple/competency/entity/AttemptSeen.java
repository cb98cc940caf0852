package org.maple.competency.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A graded quiz attempt as the competency feature saw it (for "needs attention"); a regrade overwrites it. */
@Entity
@Table(name = "competency_attempt")
@NamedQuery(name = "AttemptSeen.ofPeople", query = "select a from AttemptSeen a where a.personId in :people order by a.gradedAt")
public class AttemptSeen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "attempt_id")
    private long attemptId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(nullable = false)
    private double score;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "graded_at", nullable = false)
    private LocalDateTime gradedAt;

    protected AttemptSeen() {
    }

    public AttemptSeen(long attemptId, long personId, String courseCode) {
        this.attemptId = attemptId;
        this.personId = personId;
        this.courseCode = courseCode;
    }

    public void graded(int attemptNo, double score, boolean passed, LocalDateTime gradedAt) {
        this.attemptNo = attemptNo;
        this.score = score;
        this.passed = passed;
        this.gradedAt = gradedAt;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public double getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public LocalDateTime getGradedAt() {
        return gradedAt;
    }
}
