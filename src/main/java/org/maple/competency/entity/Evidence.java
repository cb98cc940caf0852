package org.maple.competency.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

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

/**
 * One stored piece of evidence for a person in a unit. Unique per (person, unit, kind, source), so a
 * repeated event changes nothing. {@code writtenCode} is the code as the source wrote it (an alias,
 * say); {@code unitCode} is the current unit it resolved to, re-resolved on recomputation.
 */
@Entity
@Table(name = "competency_evidence")
@NamedQuery(name = "Evidence.ofPerson", query = "select e from Evidence e where e.personId = :person")
@NamedQuery(name = "Evidence.ofPersonUnits", query = "select e from Evidence e where e.personId = :person and e.unitCode in :units")
@NamedQuery(name = "Evidence.ofPeople", query = "select e from Evidence e where e.personId in :people")
@NamedQuery(name = "Evidence.all", query = "select e from Evidence e")
@NamedQuery(name = "Evidence.bySource", query = "select e from Evidence e where e.personId = :person and e.kind = :kind and e.sourceRef = :ref")
public class Evidence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "unit_code", nullable = false, length = 20)
    private String unitCode;

    @Column(name = "written_code", nullable = false, length = 30)
    private String writtenCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceKind kind;

    @Column(name = "source_ref", nullable = false, length = 120)
    private String sourceRef;

    @Column(name = "course_code", length = 80)
    private String courseCode;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private int questions;

    @Column(name = "score_sum", nullable = false)
    private double scoreSum;

    @Column(nullable = false, length = 500)
    private String detail;

    /** COURSE_COMPLETED: the first day its certificate no longer backs it (see {@link EvidenceItem#endsOn()}). */
    @Column(name = "ends_on")
    private java.time.LocalDate endsOn;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Evidence() {
    }

    public Evidence(long personId, String unitCode, String writtenCode, EvidenceItem item, LocalDateTime recordedAt) {
        this.personId = personId;
        this.unitCode = unitCode;
        this.writtenCode = writtenCode.length() > 30 ? writtenCode.substring(0, 30) : writtenCode;
        this.kind = item.kind();
        this.sourceRef = item.sourceRef();
        this.courseCode = item.courseCode();
        this.occurredAt = item.at();
        this.questions = item.questions();
        this.scoreSum = item.scoreSum();
        this.detail = item.detail() == null ? "" : item.detail().length() > 500 ? item.detail().substring(0, 500) : item.detail();
        this.endsOn = item.endsOn();
        this.recordedAt = recordedAt;
    }

    /** Takes over a changed source's facts (a regraded attempt, a re-dated practice record). */
    public void update(EvidenceItem item) {
        this.courseCode = item.courseCode();
        this.occurredAt = item.at();
        this.questions = item.questions();
        this.scoreSum = item.scoreSum();
        this.detail = item.detail() == null ? "" : item.detail().length() > 500 ? item.detail().substring(0, 500) : item.detail();
        this.endsOn = item.endsOn();
    }

    public EvidenceItem toItem() {
        return new EvidenceItem(kind, sourceRef, courseCode, occurredAt, questions, scoreSum, detail, endsOn);
    }

    /** The identity of the evidence across recomputations: unit, kind and source. */
    public String key() {
        return unitCode + "|" + kind + "|" + sourceRef;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getWrittenCode() {
        return writtenCode;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public int getQuestions() {
        return questions;
    }

    public double getScoreSum() {
        return scoreSum;
    }

    public String getDetail() {
        return detail;
    }
}
