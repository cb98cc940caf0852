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

/**
 * An expiry reminder to one person about one certificate at one threshold (90, 60, 30 or 7 days).
 * The row is the claim: it is unique per (certificate, threshold, recipient), inserted before the
 * e-mail goes, so a second run or a second node never sends it again. It is also the in-app notice.
 * {@code mailedAt} stays empty while the e-mail has not gone (no SMTP configured, or a failure to
 * retry).
 */
@Entity
@Table(name = "certificate_reminder")
@NamedQuery(name = "CertificateReminder.forRecipient",
        query = "select r from CertificateReminder r where r.recipientId = :person order by r.createdAt desc, r.id desc")
@NamedQuery(name = "CertificateReminder.unmailed",
        query = "select r.id, r.thresholdDays, c.expiresOn from CertificateReminder r, Certificate c"
                + " where c.id = r.certificateId and r.mailedAt is null and r.mailAttempts < :max"
                + " and c.expiresOn >= :today order by r.id")
@NamedQuery(name = "CertificateReminder.ofCertificate",
        query = "select r from CertificateReminder r where r.certificateId = :certificate order by r.id")
public class CertificateReminder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private Long certificateId;

    @Column(name = "threshold_days", nullable = false)
    private int thresholdDays;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_error", length = 500)
    private String mailError;

    protected CertificateReminder() {
    }

    public CertificateReminder(long certificateId, int thresholdDays, long recipientId, LocalDateTime createdAt) {
        this.certificateId = certificateId;
        this.thresholdDays = thresholdDays;
        this.recipientId = recipientId;
        this.createdAt = createdAt;
    }

    public void mailed(LocalDateTime now) {
        mailedAt = now;
        mailError = null;
        mailAttempts++;
    }

    public void mailFailed(String error) {
        mailAttempts++;
        mailError = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public Long getId() {
        return id;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public int getThresholdDays() {
        return thresholdDays;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getMailedAt() {
        return mailedAt;
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    public String getMailError() {
        return mailError;
    }
}
