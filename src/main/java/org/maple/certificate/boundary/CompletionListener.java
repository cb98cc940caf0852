package org.maple.certificate.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.maple.certificate.control.CertificateRepository;
import org.maple.course.boundary.CourseCompleted;
import org.maple.identity.boundary.PersonRenamed;

/**
 * Issues certificates when courses are completed, and reissues them when a holder's name
 * changes; after the completing transaction committed, in transactions of their own, so a
 * certificate problem never undoes a learner's progress. A losing twin of a concurrent issue is
 * expected and logged quietly.
 */
@ApplicationScoped
public class CompletionListener {

    private static final Logger LOG = Logger.getLogger(CompletionListener.class.getName());

    @Inject
    CertificateIssuer issuer;

    void courseCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted e) {
        try {
            issuer.issueForCompletion(e);
        } catch (AlreadyIssuedException ex) {
            LOG.fine(() -> "Certificate for enrolment " + e.enrolmentId() + " was issued by a concurrent event");
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Certificate for enrolment " + e.enrolmentId() + " not issued", ex);
        }
        try {
            issuer.issueInductionIfComplete(e.personId(), e.completedAt());
        } catch (AlreadyIssuedException ex) {
            LOG.fine(() -> "Induction certificate of person " + e.personId() + " was issued by a concurrent event");
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Induction certificate of person " + e.personId() + " not issued", ex);
        }
    }

    /** After start-up (and after the content loaded): one run of the renewal job, which also catches up lost completions. */
    void started(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) ServletContext context,
            RenewalService renewal) {
        try {
            renewal.runScheduled();
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "The certificate job at start-up failed; it runs again within the hour", ex);
        }
    }

    void personRenamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonRenamed e,
            CertificateRepository certificates, CallerName caller) {
        for (var c : certificates.ofPerson(e.personId())) {
            try {
                issuer.reissueNewName(c.getId(), caller.name());
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Certificate " + c.getCode() + " not reissued after a change of name", ex);
            }
        }
    }
}
