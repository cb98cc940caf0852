package org.maple.certificate.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateState;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.AccessDeniedException;

/**
 * For other views (e.g. a competency matrix): the certificate standing of a person per course,
 * so an expired certificate shows as expired everywhere. The person themself, the manager of their
 * team, or an admin. Role: any staff role.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class CertificateStatusService {

    /** A person's standing in one course: the newest valid-or-expired certificate's status and expiry. */
    public record CourseCertificate(String courseCode, String code, String status, LocalDate expiresOn)
            implements java.io.Serializable {
    }

    @Inject
    CallerService caller;

    @Inject
    PeopleDirectory people;

    @Inject
    CertificateRepository certificates;

    @Inject
    Clock clock;

    /** Use case: a person's certificate per course (revoked and superseded ones left out; newest first wins). */
    public List<CourseCertificate> standingOf(long personId) {
        if (!MyCertificatesService.mayRead(caller.current(), personId, people)) { // once, also when they hold none
            throw new AccessDeniedException("These certificates belong to someone outside your team.");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, CourseCertificate> out = new LinkedHashMap<>();
        for (Certificate c : certificates.ofPerson(personId)) {
            if (c.getState() == CertificateState.VALID) {
                out.putIfAbsent(c.getCourseCode(),
                        new CourseCertificate(c.getCourseCode(), c.getCode(), c.statusOn(today).word(), c.getExpiresOn()));
            }
        }
        return List.copyOf(out.values());
    }
}
