package org.maple.competency.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The materialised status of one person in one unit: what the rules gave when evidence or a decision
 * last arrived (or at recomputation). Never edited by hand. A row whose {@code reviewOn} has come is
 * out of date by the passing of time alone and is recomputed when read.
 */
@Entity
@Table(name = "competency_status")
@IdClass(UnitStatus.Key.class)
@NamedQuery(name = "UnitStatus.ofPerson", query = "select s from UnitStatus s where s.personId = :person")
@NamedQuery(name = "UnitStatus.clear", query = "delete from UnitStatus s")
public class UnitStatus implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The primary key: person and unit. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long personId;
        public String unitCode;

        public Key() {
        }

        public Key(long personId, String unitCode) {
            this.personId = personId;
            this.unitCode = unitCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId == personId && Objects.equals(k.unitCode, unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, unitCode);
        }
    }

    @Id
    @Column(name = "person_id")
    private long personId;

    @Id
    @Column(name = "unit_code", length = 20)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompetencyStatus status;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "signed_off_by", length = 200)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private LocalDateTime signedOffAt;

    @Column(name = "courses_done", nullable = false)
    private int coursesDone;

    @Column(name = "courses_required", nullable = false)
    private int coursesRequired;

    @Column(name = "mastery_questions", nullable = false)
    private int masteryQuestions;

    @Column(name = "mastery_percent")
    private Integer masteryPercent;

    @Column(name = "evidence_count", nullable = false)
    private int evidenceCount;

    @Column(name = "last_evidence_on")
    private LocalDate lastEvidenceOn;

    @Column(nullable = false, length = 2000)
    private String needed;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    @Column(name = "framework_version", nullable = false)
    private int frameworkVersion;

    protected UnitStatus() {
    }

    public UnitStatus(long personId, String unitCode) {
        this.personId = personId;
        this.unitCode = unitCode;
    }

    /** Copies a computed outcome in. */
    public void set(CompetencyStatus status, LocalDate validUntil, String signedOffBy, LocalDateTime signedOffAt,
            int coursesDone, int coursesRequired, int masteryQuestions, Integer masteryPercent, int evidenceCount,
            LocalDate lastEvidenceOn, String needed, LocalDate reviewOn, LocalDate computedOn, int frameworkVersion) {
        this.status = status;
        this.validUntil = validUntil;
        this.signedOffBy = signedOffBy;
        this.signedOffAt = signedOffAt;
        this.coursesDone = coursesDone;
        this.coursesRequired = coursesRequired;
        this.masteryQuestions = masteryQuestions;
        this.masteryPercent = masteryPercent;
        this.evidenceCount = evidenceCount;
        this.lastEvidenceOn = lastEvidenceOn;
        this.needed = needed.length() > 2000 ? needed.substring(0, 2000) : needed;
        this.reviewOn = reviewOn;
        this.computedOn = computedOn;
        this.frameworkVersion = frameworkVersion;
    }

    /** True when time alone may have changed the outcome since it was computed. */
    public boolean stale(LocalDate today, int currentFrameworkVersion) {
        return (reviewOn != null && !today.isBefore(reviewOn)) || frameworkVersion != currentFrameworkVersion;
    }

    public long getPersonId() {
        return personId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public CompetencyStatus getStatus() {
        return status;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public LocalDateTime getSignedOffAt() {
        return signedOffAt;
    }

    public int getCoursesDone() {
        return coursesDone;
    }

    public int getCoursesRequired() {
        return coursesRequired;
    }

    public int getMasteryQuestions() {
        return masteryQuestions;
    }

    public Integer getMasteryPercent() {
        return masteryPercent;
    }

    public int getEvidenceCount() {
        return evidenceCount;
    }

    public LocalDate getLastEvidenceOn() {
        return lastEvidenceOn;
    }

    public String getNeeded() {
        return needed;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }
}
