package org.maple.authoring.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A course version made in the app: published from a draft or restored from an older version, with its note. */
@Entity
@Table(name = "authoring_publication")
@NamedQuery(name = "Publication.of", query = "select p from Publication p where p.courseCode = :code order by p.versionNo desc")
public class Publication {

    public static final String PUBLISHED = "published";
    public static final String RESTORED = "restored";

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "bank_version")
    private Integer bankVersion;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    protected Publication() {
    }

    public Publication(String courseCode, int versionNo, Integer bankVersion, String kind, String note,
            String publishedBy, LocalDateTime publishedAt) {
        this.courseCode = courseCode;
        this.versionNo = versionNo;
        this.bankVersion = bankVersion;
        this.kind = kind;
        this.note = note;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Integer getBankVersion() {
        return bankVersion;
    }

    public String getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
