package org.maple.certificate.entity;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.maple.platform.persistence.StringListConverter;

/**
 * An issued certificate: what was achieved, by whom, when, until when, and a verification code.
 * Its content is immutable once issued; {@link #contentHash} is the SHA-256 of
 * {@link #canonicalContent()}, printed on the PDF and shown by verification so an edited PDF
 * stands out. Only the state changes: {@code VALID → REVOKED} (with a reason) or
 * {@code VALID → SUPERSEDED} (a reissue, e.g. after a change of name, is a new row with the next
 * {@code edition}). {@code (issueKey, edition)} is unique: one certificate per completion.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.code = :code")
@NamedQuery(name = "Certificate.byIssueKey",
        query = "select c from Certificate c where c.issueKey = :key order by c.edition desc")
@NamedQuery(name = "Certificate.ofPerson",
        query = "select c from Certificate c where c.personId = :person order by c.issuedAt desc, c.id desc")
@NamedQuery(name = "Certificate.ofPeople",
        query = "select c from Certificate c where c.personId in :people order by c.holderName, c.issuedAt desc, c.id desc")
@NamedQuery(name = "Certificate.dueForRenewal",
        query = "select c from Certificate c where c.state = org.maple.certificate.entity.CertificateState.VALID"
                + " and c.kind = org.maple.certificate.entity.CertificateKind.COURSE and c.expiresOn is not null"
                + " and c.expiresOn <= :windowEnd and c.renewalAssignedAt is null order by c.id")
@NamedQuery(name = "Certificate.expiringBetween",
        query = "select c from Certificate c where c.state = org.maple.certificate.entity.CertificateState.VALID"
                + " and c.expiresOn is not null and c.expiresOn >= :from and c.expiresOn <= :to order by c.id")
public class Certificate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateKind kind;

    @Column(name = "issue_key", nullable = false, length = 120)
    private String issueKey;

    @Column(nullable = false)
    private int edition;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(name = "course_title", nullable = false, length = 300)
    private String courseTitle;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    private Double score;

    @Convert(converter = StringListConverter.class)
    @Column(name = "danos_codes", nullable = false, length = 1000)
    private List<String> danosCodes = new ArrayList<>();

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateState state;

    @Column(name = "revoked_reason", length = 500)
    private String revokedReason;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "renewal_assigned_at")
    private LocalDateTime renewalAssignedAt;

    @Version
    private long version;

    protected Certificate() {
    }

    /** What a certificate states; the code and issue time are added when it is issued. */
    public record Content(CertificateKind kind, String issueKey, long personId, Long enrolmentId, String holderName,
            String courseCode, String courseTitle, int courseVersion, LocalDate completedOn, Double score,
            List<String> danosCodes, LocalDate expiresOn) implements java.io.Serializable {
    }

    public Certificate(Content c, int edition, VerificationCode code, LocalDateTime issuedAt) {
        this.kind = c.kind();
        this.issueKey = c.issueKey();
        this.edition = edition;
        this.personId = c.personId();
        this.enrolmentId = c.enrolmentId();
        this.holderName = c.holderName().strip();
        this.courseCode = c.courseCode();
        this.courseTitle = c.courseTitle();
        this.courseVersion = c.courseVersion();
        this.completedOn = c.completedOn();
        this.score = c.score();
        this.danosCodes = List.copyOf(c.danosCodes());
        this.expiresOn = c.expiresOn();
        this.code = code.value();
        this.issuedAt = issuedAt.withNano(0);
        this.state = CertificateState.VALID;
        this.contentHash = sha256(canonicalContent());
    }

    /** The same achievement for a new holder name: the next edition, not yet persisted. */
    public Content reissueContent(String newHolderName) {
        return new Content(kind, issueKey, personId, enrolmentId, newHolderName, courseCode, courseTitle, courseVersion,
                completedOn, score, danosCodes, expiresOn);
    }

    /**
     * The canonical text the content hash is taken over: one {@code name=value} line per field in a
     * fixed order, text in Unicode NFC, dates ISO-8601, the score with one decimal, absent values
     * as {@code -}. Anyone holding the verification page's data can recompute it.
     */
    public String canonicalContent() {
        StringBuilder b = new StringBuilder("maple-certificate-v1\n");
        line(b, "code", code);
        line(b, "kind", kind.name());
        line(b, "holder", holderName);
        line(b, "course", courseCode);
        line(b, "title", courseTitle);
        line(b, "version", Integer.toString(courseVersion));
        line(b, "completed", completedOn.toString());
        line(b, "issued", issuedAt.toLocalDate().toString());
        line(b, "score", scoreText());
        line(b, "danos", String.join(",", danosCodes));
        line(b, "expires", expiresOn == null ? null : expiresOn.toString());
        line(b, "edition", Integer.toString(edition));
        return b.toString();
    }

    private static void line(StringBuilder b, String name, String value) {
        String v = value == null ? "-" : Normalizer.normalize(value, Normalizer.Form.NFC).replace('\n', ' ');
        b.append(name).append('=').append(v).append('\n');
    }

    public static String sha256(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status a verifier sees on {@code today}. */
    public CertificateStatus statusOn(LocalDate today) {
        return switch (state) {
            case REVOKED -> CertificateStatus.REVOKED;
            case SUPERSEDED -> CertificateStatus.SUPERSEDED;
            case VALID -> expiresOn != null && today.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
        };
    }

    /** Revokes a valid certificate; false if it was not valid (revoked or superseded already). */
    public boolean revoke(String reason, LocalDateTime now) {
        if (state != CertificateState.VALID) {
            return false;
        }
        state = CertificateState.REVOKED;
        revokedReason = reason.strip();
        revokedAt = now;
        return true;
    }

    /** Marks this certificate replaced by a reissue. */
    public void supersede(long newId) {
        state = CertificateState.SUPERSEDED;
        supersededBy = newId;
    }

    public void renewalAssigned(LocalDateTime now) {
        renewalAssignedAt = now;
    }

    /** The score as printed: one decimal place, or null when the course has no quiz. */
    public String scoreText() {
        return score == null ? null : String.format(Locale.ROOT, "%.1f", score);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public VerificationCode verificationCode() {
        return new VerificationCode(code);
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public int getEdition() {
        return edition;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public Double getScore() {
        return score;
    }

    public List<String> getDanosCodes() {
        return danosCodes;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getContentHash() {
        return contentHash;
    }

    public CertificateState getState() {
        return state;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }

    public LocalDateTime getRenewalAssignedAt() {
        return renewalAssignedAt;
    }
}
