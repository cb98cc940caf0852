package org.maple.certificate.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateAudit;
import org.maple.certificate.entity.CertificateStatus;

/** The records the certificate services give pages and the REST API. */
public final class CertificateRecords {

    private CertificateRecords() {
    }

    /** A certificate as its holder, their manager or an admin sees it. */
    public record CertificateSummary(String code, String displayCode, String kind, String holder, String courseCode,
            String courseTitle, int courseVersion, LocalDate completedOn, LocalDate issuedOn, String score,
            List<String> danos, LocalDate expiresOn, String status, String statusLabel, String revokedReason,
            String verifyUrl, boolean renewalAssigned, int edition) implements Serializable {

        static CertificateSummary of(Certificate c, LocalDate today, String verifyUrl) {
            CertificateStatus s = c.statusOn(today);
            return new CertificateSummary(c.getCode(), c.verificationCode().display(), c.getKind().name(),
                    c.getHolderName(), c.getCourseCode(), c.getCourseTitle(), c.getCourseVersion(), c.getCompletedOn(),
                    c.getIssuedAt().toLocalDate(), c.scoreText(), c.getDanosCodes(), c.getExpiresOn(), s.word(),
                    s.label(), c.getRevokedReason(), verifyUrl, c.getRenewalAssignedAt() != null, c.getEdition());
        }

        public String danosText() {
            return String.join(", ", danos);
        }

        public boolean valid() {
            return "valid".equals(status);
        }
    }

    /**
     * What anyone may learn from a verification code: enough to spot an edited PDF, nothing else
     * personal (no e-mail, no team, no score). {@code result} is valid, expired, revoked,
     * superseded or not-found.
     */
    public record Verification(String result, String statusLabel, String code, String holder, String courseTitle,
            String courseCode, Integer courseVersion, LocalDate completedOn, LocalDate issuedOn, LocalDate expiresOn,
            String revokedReason, List<String> danos, String contentHash, String message) implements Serializable {

        static Verification of(Certificate c, LocalDate today) {
            CertificateStatus s = c.statusOn(today);
            String message = switch (s) {
                case VALID -> c.getExpiresOn() == null ? "This certificate is valid and does not expire."
                        : "This certificate is valid until " + c.getExpiresOn() + ".";
                case EXPIRED -> "This certificate expired on " + c.getExpiresOn() + ".";
                case REVOKED -> "This certificate was revoked: " + c.getRevokedReason();
                case SUPERSEDED -> "This certificate was replaced by a newer one (for example after a change of name).";
            };
            return new Verification(s.word(), s.label(), c.verificationCode().display(), c.getHolderName(),
                    c.getCourseTitle(), c.getCourseCode(), c.getCourseVersion(), c.getCompletedOn(),
                    c.getIssuedAt().toLocalDate(), c.getExpiresOn(), c.getRevokedReason(), c.getDanosCodes(),
                    c.getContentHash(), message);
        }

        static Verification notFound(String typed) {
            return new Verification("not-found", "Not found", typed, null, null, null, null, null, null, null, null,
                    List.of(), null, "No certificate has this code. Check the code for typing mistakes.");
        }

        public boolean found() {
            return !"not-found".equals(result);
        }

        public String danosText() {
            return String.join(", ", danos);
        }
    }

    /** The outcome of checking a presented Open Badges credential: valid, tampered, revoked, expired, superseded, not-found or malformed. */
    public record CredentialCheck(String result, String detail, Verification certificate) implements Serializable {
    }

    /** A team's certificates for its manager. */
    public record TeamCertificates(long teamId, String teamName, List<CertificateSummary> certificates) implements Serializable {
    }

    /** A team the caller may see. */
    public record TeamChoice(long id, String name) implements Serializable {
    }

    /** One line of a certificate's audit trail. */
    public record AuditEntry(String action, String actor, LocalDateTime at, String detail) implements Serializable {

        static AuditEntry of(CertificateAudit a) {
            return new AuditEntry(a.getAction().name(), a.getActor(), a.getActedAt(), a.getDetail());
        }
    }

    /** An in-app expiry reminder. */
    public record ReminderNotice(String code, String holder, String courseTitle, LocalDate expiresOn, int thresholdDays,
            LocalDateTime createdAt, boolean mailed) implements Serializable {
    }

    /** What one run of the renewal job did; {@code skipped} when another run held the lock. */
    public record JobReport(boolean skipped, int caughtUp, int renewalsAssigned, int remindersCreated, int mailsSent,
            int mailsFailed, int reissued) implements Serializable {

        static JobReport skippedRun() {
            return new JobReport(true, 0, 0, 0, 0, 0, 0);
        }
    }

    /** A downloadable file. */
    public record Download(String fileName, String mediaType, byte[] content) implements java.io.Serializable {
    }

    /** An entry of a bulk ZIP: which certificate, under which file name. */
    public record ZipItem(long certificateId, String fileName) implements java.io.Serializable {
    }
}
