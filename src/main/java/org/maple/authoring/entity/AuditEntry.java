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

/** One authoring action: who did what to which course (and file), when, with the version concerned. Append-only. */
@Entity
@Table(name = "authoring_audit")
@NamedQuery(name = "AuditEntry.latest", query = "select a from AuditEntry a order by a.at desc, a.id desc")
@NamedQuery(name = "AuditEntry.ofCourse",
        query = "select a from AuditEntry a where a.courseCode = :code order by a.at desc, a.id desc")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(length = 300)
    private String item;

    @Column(name = "version_no")
    private Integer versionNo;

    @Column(length = 2000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime at, String actor, String action, String courseCode, String item,
            Integer versionNo, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.courseCode = courseCode;
        this.item = item;
        this.versionNo = versionNo;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getItem() {
        return item;
    }

    public Integer getVersionNo() {
        return versionNo;
    }

    public String getDetail() {
        return detail;
    }
}
