package org.maple.certificate.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateAudit;
import org.maple.certificate.entity.CertificateDocument;
import org.maple.certificate.entity.CertificateReminder;
import org.maple.course.entity.CourseVersion;
import org.maple.identity.entity.Person;

/** Queries over certificates, their documents, audit trail and reminders; joins the caller's transaction. */
@Dependent
public class CertificateRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Certificate> byCode(String code) {
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Certificate> find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    /** The latest edition issued for a completion, if any. */
    public Optional<Certificate> latestFor(String issueKey) {
        return em.createNamedQuery("Certificate.byIssueKey", Certificate.class).setParameter("key", issueKey)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Certificate> ofPerson(long personId) {
        return em.createNamedQuery("Certificate.ofPerson", Certificate.class).setParameter("person", personId)
                .getResultList();
    }

    public List<Certificate> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Certificate.ofPeople", Certificate.class).setParameter("people", personIds)
                .getResultList();
    }

    /**
     * Course certificates not superseded, as plain rows {person id, enrolment id, course code,
     * completed on, state, expires on, revoked at, code, edition}, of the given people (everyone when
     * null): one query, no entities.
     */
    public List<Object[]> courseStandingRows(Collection<Long> personIds) {
        if (personIds != null && personIds.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select c.personId, c.enrolmentId, c.courseCode, c.completedOn, c.state, c.expiresOn,"
                + " c.revokedAt, c.code, c.edition from Certificate c"
                + " where c.kind = org.maple.certificate.entity.CertificateKind.COURSE and c.enrolmentId is not null"
                + " and c.state <> org.maple.certificate.entity.CertificateState.SUPERSEDED"
                + (personIds == null ? "" : " and c.personId in :people"), Object[].class);
        if (personIds != null) {
            q.setParameter("people", personIds);
        }
        return q.getResultList();
    }

    /**
     * Valid course certificates whose recertification window has opened (they expire on or before
     * {@code windowEnd}: see {@link RenewalPolicy#windowOpenUntilExpiry}) and that were not re-assigned yet.
     */
    public List<Certificate> dueForRenewal(LocalDate windowEnd) {
        return em.createNamedQuery("Certificate.dueForRenewal", Certificate.class).setParameter("windowEnd", windowEnd)
                .getResultList();
    }

    public List<Certificate> expiringBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery("Certificate.expiringBetween", Certificate.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /** Valid certificates whose holder has since changed name. */
    public List<Certificate> withOutdatedHolderName() {
        return em.createQuery("select c from Certificate c, Person p where p.id = c.personId"
                + " and c.state = org.maple.certificate.entity.CertificateState.VALID and c.holderName <> p.displayName",
                Certificate.class).getResultList();
    }

    /**
     * Completed enrolments with no certificate (a completion whose event was lost, e.g. a crash
     * right after it committed, or progress loaded as data): person id, enrolment id, course code,
     * version number, completion time.
     */
    public List<Object[]> completedWithoutCertificate(int max) {
        return em.createQuery("select e.person.id, e.id, e.courseCode, v.versionNo, e.completedAt from Enrolment e"
                + " join e.courseVersion v where e.completedAt is not null"
                + " and not exists (select c.id from Certificate c where c.enrolmentId = e.id) order by e.id",
                Object[].class).setMaxResults(max).getResultList();
    }

    public Certificate lock(Certificate c) {
        return em.find(Certificate.class, c.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<byte[]> pdf(long certificateId) {
        return Optional.ofNullable(em.find(CertificateDocument.class, certificateId)).map(CertificateDocument::getPdf);
    }

    /**
     * The PDF bytes, as rows {certificate id, bytes}, of those of the given certificates whose holder
     * is a member of the team: one query, for bulk downloads.
     */
    public List<Object[]> pdfsInTeam(Collection<Long> certificateIds, long teamId) {
        if (certificateIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d.certificateId, d.pdf from CertificateDocument d, Certificate c"
                + " where c.id = d.certificateId and d.certificateId in :ids"
                + " and c.personId in (select p.id from Person p where p.team.id = :team)", Object[].class)
                .setParameter("ids", certificateIds).setParameter("team", teamId).getResultList();
    }

    public List<CertificateAudit> audit(long certificateId) {
        return em.createNamedQuery("CertificateAudit.of", CertificateAudit.class).setParameter("certificate", certificateId)
                .getResultList();
    }

    public List<CertificateReminder> remindersFor(long personId) {
        return em.createNamedQuery("CertificateReminder.forRecipient", CertificateReminder.class)
                .setParameter("person", personId).setMaxResults(50).getResultList();
    }

    public List<CertificateReminder> remindersOf(long certificateId) {
        return em.createNamedQuery("CertificateReminder.ofCertificate", CertificateReminder.class)
                .setParameter("certificate", certificateId).getResultList();
    }

    /**
     * Ids of reminders whose e-mail has not gone, tried fewer than {@code maxAttempts} times, and
     * still worth sending on {@code today} ({@link RenewalPolicy#stillMailable}: the certificate not
     * expired, the reminder at most a week past due).
     */
    public List<Long> unmailed(int maxAttempts, LocalDate today) {
        return em.createNamedQuery("CertificateReminder.unmailed", Object[].class).setParameter("max", maxAttempts)
                .setParameter("today", today).getResultStream()
                .filter(row -> RenewalPolicy.stillMailable((LocalDate) row[2], (Integer) row[1], today))
                .map(row -> (Long) row[0]).toList();
    }

    public Optional<CertificateReminder> reminder(long id) {
        return Optional.ofNullable(em.find(CertificateReminder.class, id));
    }

    public Optional<Person> person(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** A course version by code and number (course versions are immutable and cached). */
    public Optional<CourseVersion> courseVersion(String code, int versionNo) {
        return em.createNamedQuery("CourseVersion.history", CourseVersion.class).setParameter("code", code)
                .getResultStream().filter(v -> v.getVersionNo() == versionNo).findFirst();
    }

    /** Whether a newer valid certificate of the same course exists for the person (a renewal done). */
    public boolean renewedLater(Certificate c) {
        return !em.createQuery("select c2.id from Certificate c2 where c2.personId = :person and c2.courseCode = :code"
                + " and c2.state = org.maple.certificate.entity.CertificateState.VALID and c2.completedOn > :completed",
                Long.class).setParameter("person", c.getPersonId()).setParameter("code", c.getCourseCode())
                .setParameter("completed", c.getCompletedOn()).setMaxResults(1).getResultList().isEmpty();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
