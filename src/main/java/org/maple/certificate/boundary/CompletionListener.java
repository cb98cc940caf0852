package org.maple.certificate.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

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
        } catch (RuntimeException ex) {
            LOG.log(Level.FINE, "Certificate for enrolment " + e.enrolmentId() + " not issued by this event", ex);
            LOG.info(() -> "Certificate for enrolment " + e.enrolmentId() + " issued by a concurrent event (or failed: "
                    + ex + ")");
        }
        try {
            issuer.issueInductionIfComplete(e.personId(), e.completedAt());
        } catch (RuntimeException ex) {
            LOG.log(Level.INFO, "Induction certificate for person " + e.personId() + " not issued by this event: " + ex);
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
