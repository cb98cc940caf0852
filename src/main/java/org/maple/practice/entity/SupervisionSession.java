package org.maple.practice.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.maple.identity.entity.Person;

/**
 * A supervision session a manager (the supervisor) held with a member of their team. Lifecycle:
 * OPEN (the supervisor records and edits it; the supervisee can read it) → ACKNOWLEDGED by the
 * supervisee (then it is evidence and nobody edits it) → back to OPEN only when the supervisor
 * reopens it, with a reason. The checklist copies the prompts in use when the session was recorded.
 */
@Entity
@Table(name = "supervision_session")
@NamedQuery(name = "SupervisionSession.ofSupervisee",
        query = "select s from SupervisionSession s where s.supervisee = :person order by s.heldOn desc, s.id desc")
@NamedQuery(name = "SupervisionSession.ofSupervisees",
        query = "select s from SupervisionSession s where s.supervisee in :people order by s.heldOn desc, s.id desc")
public class SupervisionSession implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum State {
        OPEN("Waiting for acknowledgement"), ACKNOWLEDGED("Acknowledged");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisee_id")
    private Person supervisee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id")
    private Person supervisor;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 20000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.OPEN;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "staff_comment", length = 2000)
    private String staffComment;

    @Column(name = "reopened_at")
    private LocalDateTime reopenedAt;

    @Column(name = "reopen_reason", length = 2000)
    private String reopenReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN) // a list's sessions load their items in one query, not one each
    @CollectionTable(name = "supervision_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SupervisionItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "supervision_action", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<AgreedAction> actions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected SupervisionSession() {
    }

    public SupervisionSession(Person supervisee, Person supervisor, LocalDateTime now) {
        this.supervisee = supervisee;
        this.supervisor = supervisor;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The supervisor records or edits the session; only while it is open. */
    public void record(LocalDate heldOn, String notes, List<SupervisionItem> items, List<AgreedAction> actions,
            LocalDateTime now) {
        if (state != State.OPEN) {
            throw new IllegalStateException("an acknowledged session is reopened before it is edited");
        }
        this.heldOn = heldOn;
        this.notes = notes;
        this.items = new ArrayList<>(items);
        this.actions = new ArrayList<>(actions);
        this.updatedAt = now;
    }

    /** The supervisee confirms the record; true when that changed anything. */
    public boolean acknowledge(String comment, LocalDateTime now) {
        if (state == State.ACKNOWLEDGED) {
            return false;
        }
        state = State.ACKNOWLEDGED;
        acknowledgedAt = now;
        staffComment = comment;
        updatedAt = now;
        return true;
    }

    /** The supervisor opens an acknowledged session again; true when that changed anything. */
    public boolean reopen(String reason, LocalDateTime now) {
        if (state == State.OPEN) {
            return false;
        }
        state = State.OPEN;
        reopenedAt = now;
        reopenReason = reason;
        updatedAt = now;
        return true;
    }

    public boolean isSupervisor(Person p) {
        return p != null && supervisor.getId().equals(p.getId());
    }

    public boolean isSupervisee(Person p) {
        return p != null && supervisee.getId().equals(p.getId());
    }

    public Long getId() {
        return id;
    }

    public Person getSupervisee() {
        return supervisee;
    }

    public Person getSupervisor() {
        return supervisor;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNotes() {
        return notes;
    }

    public State getState() {
        return state;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getStaffComment() {
        return staffComment;
    }

    public LocalDateTime getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public List<SupervisionItem> getItems() {
        return items;
    }

    public List<AgreedAction> getActions() {
        return actions;
    }
}
