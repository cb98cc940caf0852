package org.maple.certificate.boundary;

import org.maple.course.boundary.CompletionValidityChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.certificate.boundary.CertificateRecords.AuditEntry;
import org.maple.certificate.boundary.CertificateRecords.CertificateSummary;
import org.maple.certificate.boundary.CertificateRecords.TeamCertificates;
import org.maple.certificate.boundary.CertificateRecords.TeamChoice;
import org.maple.certificate.boundary.CertificateRecords.ZipItem;
import org.maple.certificate.control.CertificateConfig;
import org.maple.certificate.control.CertificatePdf;
import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateAudit;
import org.maple.certificate.entity.CertificateAudit.Action;
import org.maple.certificate.entity.CertificateState;
import org.maple.certificate.entity.VerificationCode;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;
import org.maple.platform.error.AccessDeniedException;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;

/**
 * A manager's (or admin's) work on their team's certificates: list, bulk download, revoke, audit
 * trail; an admin may also reissue. A team the caller does not manage is answered 404, a
 * certificate of someone outside their team 403. Role: manager, admin.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class TeamCertificatesService {

    /** How many PDFs one {@link #pdfs} call returns at most (a bulk ZIP is streamed in such batches). */
    public static final int BATCH = 50;

    @Inject
    CallerService caller;

    @Inject
    jakarta.enterprise.event.Event<CompletionValidityChanged> validityChanged;

    @Inject
    PeopleDirectory people;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CertificateConfig config;

    @Inject
    Clock clock;

    /** Use case: the teams whose certificates I may see. */
    public List<TeamChoice> myTeams() {
        return people.teamsVisibleTo(caller.current()).stream().map(t -> new TeamChoice(t.getId(), t.getName())).toList();
    }

    /** Use case: every certificate held by a member of my team. */
    public TeamCertificates team(long teamId) {
        Team team = visibleTeam(teamId);
        LocalDate today = LocalDate.now(clock);
        List<CertificateSummary> list = teamCertificates(team).stream()
                .map(c -> CertificateSummary.of(c, today, config.verifyUrl(c.getCode()))).toList();
        return new TeamCertificates(team.getId(), team.getName(), list);
    }

    /** Use case, step 1 of a bulk download: the team's current (not superseded) certificates and their file names. */
    public List<ZipItem> zipItems(long teamId) {
        Team team = visibleTeam(teamId);
        return teamCertificates(team).stream().filter(c -> c.getState() != CertificateState.SUPERSEDED)
                .map(c -> new ZipItem(c.getId(), MyCertificatesService.fileName(c, "pdf"))).toList();
    }

    /** Step 2, per batch of at most {@link #BATCH}: the PDFs of certificates of my team (ids from step 1). */
    public Map<Long, byte[]> pdfs(long teamId, List<Long> ids) {
        if (ids.size() > BATCH) {
            throw new InvalidInputException("At most " + BATCH + " certificates at a time.");
        }
        Team team = visibleTeam(teamId);
        Map<Long, byte[]> out = new HashMap<>();
        for (Object[] row : certificates.pdfsInTeam(ids, team.getId())) { // only the team members' certificates
            out.put((Long) row[0], (byte[]) row[1]);
        }
        for (Long id : ids) { // rendered on the fly if a document is missing (rare): checked one by one
            if (!out.containsKey(id)) {
                certificates.find(id).filter(c -> certificates.person(c.getPersonId()).map(Person::getTeam)
                        .filter(t -> t.getId().equals(team.getId())).isPresent())
                        .ifPresent(c -> out.put(id, CertificatePdf.render(c, config.verifyUrl(c.getCode()))));
            }
        }
        return out;
    }

    /** Use case: revoke a certificate of my team's member, with a reason (3–500 characters). */
    public CertificateSummary revoke(String code, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new InvalidInputException("Give a reason for revoking (3 to 500 characters).");
        }
        Person me = caller.current();
        Certificate c = managed(me, code);
        c = certificates.lock(c);
        if (!c.revoke(why, LocalDateTime.now(clock))) {
            throw new ConflictException("This certificate is already " + c.getState().name().toLowerCase() + ".");
        }
        certificates.persist(new CertificateAudit(c.getId(), Action.REVOKED, me.getEmail(), LocalDateTime.now(clock), why));
        if (c.getEnrolmentId() != null) {
            validityChanged.fire(new CompletionValidityChanged(c.getPersonId(), c.getEnrolmentId(), c.getCourseCode()));
        }
        return CertificateSummary.of(c, LocalDate.now(clock), config.verifyUrl(c.getCode()));
    }

    /** Use case: an admin reissues a valid certificate (e.g. after correcting the holder's name); the old one is superseded. */
    @RolesAllowed(Roles.ADMIN)
    public CertificateSummary reissue(String code) {
        Person me = caller.current();
        Certificate c = certificates.lock(managed(me, code));
        if (c.getState() != CertificateState.VALID) {
            throw new ConflictException("Only a valid certificate can be reissued.");
        }
        String name = certificates.person(c.getPersonId()).map(Person::getDisplayName).orElse(c.getHolderName());
        Certificate next = issuer.reissue(c, name, me.getEmail());
        return CertificateSummary.of(next, LocalDate.now(clock), config.verifyUrl(next.getCode()));
    }

    /** Use case: a certificate's audit trail (manager of the holder's team, admin). */
    public List<AuditEntry> audit(String code) {
        Certificate c = managed(caller.current(), code);
        return certificates.audit(c.getId()).stream().map(AuditEntry::of).toList();
    }

    private Certificate managed(Person me, String code) {
        Certificate c = VerificationCode.parse(code).flatMap(v -> certificates.byCode(v.value()))
                .orElseThrow(() -> new ItemNotFoundException("There is no certificate with this code."));
        if (!me.hasRole(Role.ADMIN) && people.managedPerson(me, c.getPersonId()).isEmpty()) {
            throw new AccessDeniedException("This certificate belongs to someone outside your team.");
        }
        return c;
    }

    private Team visibleTeam(long teamId) {
        return people.visibleTeam(caller.current(), teamId)
                .orElseThrow(() -> new ItemNotFoundException("There is no team " + teamId + " that you manage."));
    }

    private List<Certificate> teamCertificates(Team team) {
        List<Long> ids = new ArrayList<>(people.members(team).stream().map(Person::getId).toList());
        return certificates.ofPeople(ids);
    }
}
