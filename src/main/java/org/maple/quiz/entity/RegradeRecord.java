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

/** Audit of one applied regrade: who, when, with which bank version, and each attempt's change. */
@Entity
@Table(name = "quiz_regrade")
@NamedQuery(name = "RegradeRecord.ofCourse", query = "select r from RegradeRecord r where r.courseCode = :code order by r.appliedAt desc")
public class RegradeRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(name = "applied_by", nullable = false)
    private long appliedBy;

    @Column(name = "applied_at", nullable = false)
    private LocalDateTime appliedAt;

    @Column(nullable = false)
    private int attempts;

    /** One line per changed attempt: {@code attemptId percentBefore->percentAfter passedBefore->passedAfter}. */
    @Column(nullable = false, length = 1000000)
    private String detail;

    /** Why the trainer regraded (null on records made before reasons were asked for). */
    @Column(length = 1000)
    private String reason;

    protected RegradeRecord() {
    }

    public RegradeRecord(String courseCode, long bankId, long appliedBy, LocalDateTime appliedAt, int attempts, String detail) {
        this(courseCode, bankId, appliedBy, appliedAt, attempts, detail, null);
    }

    public RegradeRecord(String courseCode, long bankId, long appliedBy, LocalDateTime appliedAt, int attempts, String detail,
            String reason) {
        this.courseCode = courseCode;
        this.bankId = bankId;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
        this.attempts = attempts;
        this.detail = detail;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public long getBankId() {
        return bankId;
    }

    public long getAppliedBy() {
        return appliedBy;
    }

    public LocalDateTime getAppliedAt() {
        return appliedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }
}
