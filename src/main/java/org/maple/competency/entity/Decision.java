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
 * A sign-off, decline or reopening of one person's unit: the audit trail. Append-only; a reopening
 * is a new row naming the decision it undoes. {@code byName} keeps who decided even if they leave.
 */
@Entity
@Table(name = "competency_decision")
@NamedQuery(name = "Decision.ofPerson", query = "select d from Decision d where d.personId = :person order by d.decidedAt, d.id")
@NamedQuery(name = "Decision.all", query = "select d from Decision d order by d.decidedAt, d.id")
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "unit_code", nullable = false, length = 20)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionAction action;

    @Column(name = "comment_text", nullable = false, length = 2000)
    private String comment;

    @Column(name = "by_person_id", nullable = false)
    private long byPersonId;

    @Column(name = "by_name", nullable = false, length = 200)
    private String byName;

    @Column(name = "decided_at", nullable = false)
    private LocalDateTime decidedAt;

    @Column(name = "reopens_id")
    private Long reopensId;

    protected Decision() {
    }

    public Decision(long personId, String unitCode, DecisionAction action, String comment, long byPersonId,
            String byName, LocalDateTime decidedAt, Long reopensId) {
        this.personId = personId;
        this.unitCode = unitCode;
        this.action = action;
        this.comment = comment;
        this.byPersonId = byPersonId;
        this.byName = byName;
        this.decidedAt = decidedAt;
        this.reopensId = reopensId;
    }

    public DecisionItem toItem() {
        return new DecisionItem(id, action, decidedAt, byPersonId, byName, comment, reopensId);
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

    public DecisionAction getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public long getByPersonId() {
        return byPersonId;
    }

    public String getByName() {
        return byName;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public Long getReopensId() {
        return reopensId;
    }
}
