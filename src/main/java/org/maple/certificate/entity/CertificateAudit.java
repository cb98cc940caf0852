package org.maple.certificate.entity;

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

/** One line of a certificate's audit trail: who did what, when. Append-only. */
@Entity
@Table(name = "certificate_audit")
@NamedQuery(name = "CertificateAudit.of",
        query = "select a from CertificateAudit a where a.certificateId = :certificate order by a.actedAt, a.id")
public class CertificateAudit implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened. */
    public enum Action {
        ISSUED, REISSUED, SUPERSEDED, REVOKED, RENEWAL_ASSIGNED, REMINDED
    }

    /** The actor recorded when MAPLE itself acted (an event or the scheduled job). */
    public static final String SYSTEM = "system";

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private Long certificateId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(name = "acted_at", nullable = false)
    private LocalDateTime actedAt;

    @Column(length = 1000)
    private String detail;

    protected CertificateAudit() {
    }

    public CertificateAudit(long certificateId, Action action, String actor, LocalDateTime actedAt, String detail) {
        this.certificateId = certificateId;
        this.action = action;
        this.actor = actor == null || actor.isBlank() ? SYSTEM : actor;
        this.actedAt = actedAt;
        this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    public Long getId() {
        return id;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public Action getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getActedAt() {
        return actedAt;
    }

    public String getDetail() {
        return detail;
    }
}
