package org.maple.certificate.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.certificate.boundary.CertificateRecords.CertificateSummary;
import org.maple.certificate.boundary.CertificateRecords.Download;
import org.maple.certificate.boundary.CertificateRecords.ReminderNotice;
import org.maple.certificate.control.CertificateConfig;
import org.maple.certificate.control.CertificatePdf;
import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.control.OpenBadges;
import org.maple.certificate.control.SigningKeys;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.VerificationCode;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.AccessDeniedException;
import org.maple.platform.error.ItemNotFoundException;

/**
 * A person's own certificates and reminders, and downloading one certificate (PDF or Open Badges
 * credential): by its holder, the manager of the holder's team, or an admin. Role: any staff role.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class MyCertificatesService {

    @Inject
    CallerService caller;

    @Inject
    PeopleDirectory people;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateConfig config;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    /** Use case: "My certificates" — every certificate I hold, newest first, with its status. */
    public List<CertificateSummary> mine() {
        Person me = caller.current();
        LocalDate today = LocalDate.now(clock);
        return certificates.ofPerson(me.getId()).stream()
                .map(c -> CertificateSummary.of(c, today, config.verifyUrl(c.getCode()))).toList();
    }

    /** Use case: my in-app expiry reminders (as holder, and as manager of holders). */
    public List<ReminderNotice> myReminders() {
        Person me = caller.current();
        return certificates.remindersFor(me.getId()).stream().flatMap(r -> certificates.find(r.getCertificateId()).stream()
                .map(c -> new ReminderNotice(c.getCode(), c.getHolderName(), c.getCourseTitle(), c.getExpiresOn(),
                        r.getThresholdDays(), r.getCreatedAt(), r.getMailedAt() != null))).toList();
    }

    /** Use case: download a certificate as PDF (holder, their manager, admin). */
    public Download pdf(String code) {
        Certificate c = readable(code);
        byte[] pdf = certificates.pdf(c.getId()).orElseGet(() -> CertificatePdf.render(c, config.verifyUrl(c.getCode())));
        return new Download(fileName(c, "pdf"), "application/pdf", pdf);
    }

    /** Use case: download a certificate as a signed Open Badges 3.0 credential (VC-JWT). */
    public Download badge(String code) {
        Certificate c = readable(code);
        String jwt = OpenBadges.sign(OpenBadges.credential(c, config.baseUrl(), config.issuerName()), keys.activeOrCreate());
        return new Download(fileName(c, "jwt"), "application/vc+jwt",
                jwt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Certificate readable(String code) {
        Person me = caller.current();
        Certificate c = VerificationCode.parse(code).flatMap(v -> certificates.byCode(v.value()))
                .orElseThrow(() -> new ItemNotFoundException("There is no certificate with this code."));
        if (!mayRead(me, c.getPersonId(), people)) {
            throw new AccessDeniedException("This certificate belongs to someone outside your team.");
        }
        return c;
    }

    /** Whether {@code me} may read the certificates of a person: the person, the manager of their team, or an admin. */
    static boolean mayRead(Person me, long holderId, PeopleDirectory people) {
        return me.getId().equals(holderId) || me.hasRole(Role.ADMIN) || people.managedPerson(me, holderId).isPresent();
    }

    static String fileName(Certificate c, String ext) {
        String holder = java.text.Normalizer.normalize(c.getHolderName(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT);
        return "certificate-" + c.getCourseCode() + "-" + (holder.isEmpty() ? "holder" : holder) + "-" + c.getCode() + "." + ext;
    }
}
