package org.maple.certificate.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.maple.certificate.control.CertificateConfig;
import org.maple.certificate.control.CertificatePdf;
import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.control.RenewalPolicy;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateAudit;
import org.maple.certificate.entity.CertificateAudit.Action;
import org.maple.certificate.entity.CertificateDocument;
import org.maple.certificate.entity.CertificateKind;
import org.maple.certificate.entity.CertificateState;
import org.maple.certificate.entity.VerificationCode;
import org.maple.course.boundary.CourseCompleted;
import org.maple.course.boundary.LearningRecords.CourseProgress;
import org.maple.course.boundary.LearningService;
import org.maple.course.entity.CourseStatus;
import org.maple.course.entity.CourseVersion;
import org.maple.identity.entity.Person;

/**
 * Issues certificates: one per course completion and one per completed induction, exactly once
 * (the {@code (issue_key, edition)} unique constraint settles a race between two events), and
 * reissues one under a new name. Called by MAPLE itself (events, the renewal job), never over HTTP.
 */
@Stateless
@PermitAll
public class CertificateIssuer {

    static final String INDUCTION_CODE = "induction";
    static final String INDUCTION_TITLE = "MAPLE mutual aid induction";
    private static final Logger LOG = Logger.getLogger(CertificateIssuer.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateConfig config;

    @Inject
    LearningService learning;

    @Inject
    Clock clock;

    @Inject
    Event<CertificateIssued> issued;

    @Inject
    Event<org.maple.course.boundary.CompletionValidityChanged> validityChanged;

    /** Issues the certificate of a course completion unless it exists; returns its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> issueForCompletion(CourseCompleted e) {
        String key = "course:" + e.enrolmentId();
        Optional<Certificate> existing = certificates.latestFor(key);
        if (existing.isPresent()) {
            return Optional.of(existing.get().getId());
        }
        Person person = certificates.person(e.personId()).orElse(null);
        CourseVersion version = certificates.courseVersion(e.courseCode(), e.versionNo()).orElse(null);
        if (person == null || version == null) {
            LOG.warning(() -> "No certificate for " + e + ": person or course version not found");
            return Optional.empty();
        }
        Certificate.Content content = new Certificate.Content(CertificateKind.COURSE, key, person.getId(),
                e.enrolmentId(), person.getDisplayName(), version.getCourseCode(), version.getTitle(),
                version.getVersionNo(), e.completedAt().toLocalDate(), e.score(), version.getDanosCodes(),
                RenewalPolicy.expiry(e.completedAt().toLocalDate(), version.getRefreshMonths()));
        return Optional.of(issue(content, 1, Action.ISSUED, CertificateAudit.SYSTEM,
                "Course completed (enrolment " + e.enrolmentId() + ")").getId());
    }

    /**
     * Issues the induction certificate when every induction course assigned to the person is
     * complete and none was issued yet; returns its id, or empty when the induction is not complete.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> issueInductionIfComplete(long personId, LocalDateTime completedAt) {
        String key = "induction:" + personId;
        Optional<Certificate> existing = certificates.latestFor(key);
        if (existing.isPresent()) {
            return Optional.of(existing.get().getId());
        }
        Person person = certificates.person(personId).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        List<CourseProgress> induction = learning.coursesOf(person).stream().filter(CourseProgress::induction).toList();
        if (induction.isEmpty() || induction.stream().anyMatch(c -> c.status() != CourseStatus.COMPLETE)) {
            return Optional.empty();
        }
        Set<String> danos = new LinkedHashSet<>();
        for (CourseProgress c : induction) {
            certificates.courseVersion(c.code(), c.versionNo()).ifPresent(v -> danos.addAll(v.getDanosCodes()));
        }
        Certificate.Content content = new Certificate.Content(CertificateKind.INDUCTION, key, personId, null,
                person.getDisplayName(), INDUCTION_CODE, INDUCTION_TITLE, 1, completedAt.toLocalDate(), null,
                List.copyOf(danos), null);
        return Optional.of(issue(content, 1, Action.ISSUED, CertificateAudit.SYSTEM,
                "Induction completed (" + induction.size() + " courses)").getId());
    }

    /** Reissues a valid certificate under the holder's new name; the old one becomes superseded. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> reissueNewName(long certificateId, String actor) {
        Certificate old = certificates.find(certificateId).map(certificates::lock).orElse(null);
        if (old == null || old.getState() != CertificateState.VALID) {
            return Optional.empty();
        }
        String name = certificates.person(old.getPersonId()).map(Person::getDisplayName).orElse(old.getHolderName());
        if (name.equals(old.getHolderName())) {
            return Optional.empty();
        }
        return Optional.of(reissue(old, name, actor).getCode());
    }

    /** Within the caller's transaction: the next edition of {@code old} under {@code name}. */
    Certificate reissue(Certificate old, String name, String actor) {
        Certificate next = issue(old.reissueContent(name), old.getEdition() + 1, Action.REISSUED, actor,
                "Reissued for a change of name; replaces " + old.verificationCode().display());
        old.supersede(next.getId());
        certificates.persist(new CertificateAudit(old.getId(), Action.SUPERSEDED, actor, LocalDateTime.now(clock),
                "Replaced by " + next.verificationCode().display()));
        return next;
    }

    private Certificate issue(Certificate.Content content, int edition, Action action, String actor, String detail) {
        long start = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        Certificate c = new Certificate(content, edition, VerificationCode.generate(RANDOM), now);
        certificates.persist(c);
        try {
            certificates.flush(); // a concurrent twin fails here, on the unique (issue_key, edition)
        } catch (PersistenceException e) {
            throw new AlreadyIssuedException(content.issueKey(), e);
        }
        byte[] pdf = CertificatePdf.render(c, config.verifyUrl(c.getCode()));
        certificates.persist(new CertificateDocument(c.getId(), pdf, now));
        certificates.persist(new CertificateAudit(c.getId(), action, actor, now, detail));
        issued.fire(new CertificateIssued(c.getId(), c.getCode(), c.getPersonId(), c.getCourseCode(), c.getCourseVersion(),
                c.getCompletedOn(), c.getExpiresOn(), edition > 1));
        if (c.getEnrolmentId() != null) {
            validityChanged.fire(new org.maple.course.boundary.CompletionValidityChanged(c.getPersonId(),
                    c.getEnrolmentId(), c.getCourseCode()));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Certificate " + c.verificationCode().display() + " issued: " + c.getCourseCode() + " for person "
                + c.getPersonId() + " (" + ms + " ms with its PDF)");
        return c;
    }
}
