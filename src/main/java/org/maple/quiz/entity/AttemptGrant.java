package org.maple.quiz.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Extra attempts and/or extra time granted to one person for one course's quiz; a record, never edited. */
@Entity
@Table(name = "quiz_grant")
@NamedQuery(name = "AttemptGrant.of", query = "select g from AttemptGrant g where g.personId = :person and g.courseCode = :code order by g.grantedAt")
public class AttemptGrant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    protected AttemptGrant() {
    }

    public AttemptGrant(long personId, String courseCode, int extraAttempts, int extraMinutes, String reason,
            long grantedBy, LocalDateTime grantedAt) {
        this.personId = personId;
        this.courseCode = courseCode;
        this.extraAttempts = extraAttempts;
        this.extraMinutes = extraMinutes;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public String getReason() {
        return reason;
    }

    public long getGrantedBy() {
        return grantedBy;
    }

    public LocalDateTime getGrantedAt() {
        return grantedAt;
    }
}
