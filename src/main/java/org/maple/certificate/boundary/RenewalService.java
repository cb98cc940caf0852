package org.maple.certificate.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.certificate.boundary.CertificateRecords.JobReport;
import org.maple.certificate.control.CertificateConfig;
import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.control.ReminderMailer;
import org.maple.certificate.control.RenewalPolicy;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateAudit;
import org.maple.course.boundary.CourseCompleted;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;
import org.maple.platform.persistence.ClusterLock;

/**
 * The renewal job: issue certificates for completions that have none (a lost event; without a
 * score, which only the event carries), re-assign courses whose recertification window opened, remind holders and
 * their managers at 90/60/30/7 days before expiry (in-app and by e-mail), retry e-mails that
 * failed (while still worth sending: see {@link RenewalPolicy#stillMailable}; with no SMTP server
 * configured the mail phase is skipped), reissue certificates whose holder changed name. Runs under the {@code certificate-jobs}
 * cluster lock: a run that finds another one (on any node) in progress skips; each reminder is
 * also a unique row, so it is sent once. Role: the scheduler, or an admin running it now.
 */
@Stateless
public class RenewalService {

    static final int MAX_MAIL_ATTEMPTS = 5;
    static final int CATCH_UP_BATCH = 200;
    /** Scheduled runs (hourly and at start, on every node) skip when any node started one this recently. */
    static final Duration SCHEDULED_GAP = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(RenewalService.class.getName());

    @Inject
    ClusterLock lock;

    @Inject
    CertificateRepository certificates;

    @Inject
    RenewalSteps steps;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CertificateConfig config;

    @Inject
    ReminderMailer mailer;

    @Inject
    Clock clock;

    /** Use case: an admin runs the job now (it also runs every hour by itself). */
    @RolesAllowed(Roles.ADMIN)
    public JobReport runNow() {
        return run(Duration.ZERO);
    }

    /** Called by the timer only; not reachable over HTTP. */
    @PermitAll
    public JobReport runScheduled() {
        return run(SCHEDULED_GAP);
    }

    private JobReport run(Duration minGap) {
        if (!lock.tryAcquireUnlessRanWithin("certificate-jobs", minGap)) { // held until this transaction ends
            LOG.info("Certificate renewal job: another run is in progress, or one started on some instance in the last "
                    + SCHEDULED_GAP.toMinutes() + " minutes; skipped");
            return JobReport.skippedRun();
        }
        LocalDate today = LocalDate.now(clock);
        int caughtUp = 0;
        for (Object[] row : certificates.completedWithoutCertificate(CATCH_UP_BATCH)) {
            CourseCompleted lost = new CourseCompleted((Long) row[0], (Long) row[1], (String) row[2], (Integer) row[3],
                    (LocalDateTime) row[4], null);
            if (guard(() -> issuer.issueForCompletion(lost).isPresent())) {
                caughtUp++;
            }
        }
        int reissued = 0;
        for (Certificate c : certificates.withOutdatedHolderName()) {
            if (guard(() -> issuer.reissueNewName(c.getId(), CertificateAudit.SYSTEM).isPresent())) {
                reissued++;
            }
        }
        int renewals = 0;
        for (Certificate c : certificates.dueForRenewal(RenewalPolicy.windowOpenUntilExpiry(today, config.renewalWindowDays()))) {
            if (guard(() -> steps.assignRenewal(c.getId()))) {
                renewals++;
            }
        }
        int created = 0;
        Set<Long> toMail = new LinkedHashSet<>();
        for (Certificate c : certificates.expiringBetween(today, today.plusDays(RenewalPolicy.THRESHOLDS.get(0)))) {
            OptionalInt due = RenewalPolicy.reminderDue(c.getExpiresOn(), today);
            if (due.isEmpty() || certificates.renewedLater(c)) {
                continue;
            }
            for (long recipient : recipients(c)) {
                var claimed = claim(c.getId(), due.getAsInt(), recipient);
                if (claimed != null) {
                    created++;
                    toMail.add(claimed);
                }
            }
        }
        int sent = 0;
        int failed = 0;
        if (!mailer.enabled()) { // no SMTP server: reminders stay in-app only, and no attempt is counted
            toMail.clear();
        } else {
            toMail.addAll(certificates.unmailed(MAX_MAIL_ATTEMPTS, today));
        }
        for (long id : toMail) {
            if (guard(() -> steps.mail(id))) {
                sent++;
            } else {
                failed++;
            }
        }
        JobReport report = new JobReport(false, caughtUp, renewals, created, sent, failed, reissued);
        LOG.info(() -> "Certificate renewal job: " + report);
        return report;
    }

    private Long claim(long certificateId, int threshold, long recipient) {
        try {
            return steps.claimReminder(certificateId, threshold, recipient).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Reminder already claimed", e);
            return null;
        }
    }

    /** The holder and the manager of the holder's team (if any, and not the holder). */
    private Set<Long> recipients(Certificate c) {
        Set<Long> out = new LinkedHashSet<>();
        Person holder = certificates.person(c.getPersonId()).orElse(null);
        if (holder == null || !holder.isActive()) {
            return out;
        }
        out.add(holder.getId());
        Team team = holder.getTeam();
        if (team != null && team.getManager() != null && team.getManager().isActive()) {
            out.add(team.getManager().getId());
        }
        return out;
    }

    private static boolean guard(java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A renewal job step failed; the job goes on", e);
            return false;
        }
    }
}
