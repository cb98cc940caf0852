package org.maple.certificate.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.maple.certificate.control.CertificateConfig;
import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.control.ReminderMailer;
import org.maple.certificate.control.RenewalPolicy;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateAudit;
import org.maple.certificate.entity.CertificateAudit.Action;
import org.maple.certificate.entity.CertificateReminder;
import org.maple.certificate.entity.CertificateState;
import org.maple.course.boundary.LearningService;
import org.maple.identity.entity.Person;

/**
 * One step of the renewal job each, in a transaction of its own so one failure does not undo the
 * rest: re-assign one course, claim one reminder, send one e-mail. Called by {@link RenewalService} only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RenewalSteps {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    CertificateRepository certificates;

    @Inject
    LearningService learning;

    @Inject
    ReminderMailer mailer;

    @Inject
    CertificateConfig config;

    @Inject
    Clock clock;

    /** Re-assigns the course of a certificate whose window opened; true when this call did it. */
    public boolean assignRenewal(long certificateId) {
        Certificate c = certificates.find(certificateId).map(certificates::lock).orElse(null);
        if (c == null || c.getState() != CertificateState.VALID || c.getRenewalAssignedAt() != null) {
            return false;
        }
        Person holder = certificates.person(c.getPersonId()).orElse(null);
        if (holder == null || !holder.isActive()) {
            return false;
        }
        int cycle = learning.reassign(holder, c.getCourseCode());
        LocalDateTime now = LocalDateTime.now(clock);
        c.renewalAssigned(now);
        certificates.persist(new CertificateAudit(c.getId(), Action.RENEWAL_ASSIGNED, CertificateAudit.SYSTEM, now,
                cycle > 0 ? "Course re-assigned on its newest version (cycle " + cycle + ")"
                        : "Nothing to re-assign (already in progress, or the course was retired)"));
        return cycle > 0;
    }

    /** Records the reminder at this threshold for this recipient unless it exists; its id when created now. */
    public Optional<Long> claimReminder(long certificateId, int threshold, long recipientId) {
        boolean exists = certificates.remindersOf(certificateId).stream()
                .anyMatch(r -> r.getThresholdDays() == threshold && r.getRecipientId() == recipientId);
        if (exists) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CertificateReminder r = new CertificateReminder(certificateId, threshold, recipientId, now);
        certificates.persist(r);
        certificates.flush(); // the unique row is the guarantee if two runs ever overlap
        certificates.persist(new CertificateAudit(certificateId, Action.REMINDED, CertificateAudit.SYSTEM, now,
                threshold + "-day reminder to person " + recipientId));
        return Optional.of(r.getId());
    }

    /** Sends the e-mail of a claimed reminder; true when sent. A failure is recorded for a later retry. */
    public boolean mail(long reminderId) {
        CertificateReminder r = certificates.reminder(reminderId).orElse(null);
        if (r == null || r.getMailedAt() != null || !mailer.enabled()) {
            return false;
        }
        Certificate c = certificates.find(r.getCertificateId()).orElseThrow();
        Person to = certificates.person(r.getRecipientId()).orElseThrow();
        boolean holder = to.getId().equals(c.getPersonId());
        long left = RenewalPolicy.daysLeft(c.getExpiresOn(), LocalDate.now(clock));
        String subject = (holder ? "Your certificate" : "Certificate of " + c.getHolderName()) + " \"" + c.getCourseTitle()
                + "\" expires on " + UK_DATE.format(c.getExpiresOn());
        String text = "Hello " + to.getDisplayName() + ",\n\n"
                + (holder ? "your certificate" : c.getHolderName() + "'s certificate") + " for \"" + c.getCourseTitle()
                + "\" expires on " + UK_DATE.format(c.getExpiresOn()) + " (in " + left + " days).\n"
                + (holder ? "The course has been (or will soon be) assigned to you again: complete it to renew the certificate.\n"
                        : "The course has been (or will soon be) assigned to them again.\n")
                + "\nCertificate " + c.verificationCode().display() + ": " + config.verifyUrl(c.getCode()) + "\n"
                + "My certificates: " + config.baseUrl() + "/learner/certificate/certificates.xhtml\n\n"
                + "This is reminder " + r.getThresholdDays() + " days before expiry. MAPLE\n";
        try {
            mailer.send(to.getEmail(), subject, text);
            r.mailed(LocalDateTime.now(clock));
            return true;
        } catch (MessagingException | RuntimeException e) {
            r.mailFailed(e.getMessage());
            return false;
        }
    }
}
