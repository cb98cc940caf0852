package org.maple.quiz.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One loaded version of a course's question bank: the file as it was, immutable once stored (so it
 * is cached on every node). A changed file becomes a new version; attempts keep the version they
 * started on.
 */
@Entity
@Cacheable
@Table(name = "quiz_bank")
@NamedQuery(name = "BankVersion.current", query = "select b from BankVersion b where b.current = true and b.courseCode = :code")
@NamedQuery(name = "BankVersion.history", query = "select b from BankVersion b where b.courseCode = :code order by b.versionNo desc")
public class BankVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false, length = 1000000)
    private String source;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    protected BankVersion() {
    }

    public BankVersion(String courseCode, int versionNo, String contentHash, String fileName, String source,
            int questionCount, LocalDateTime loadedAt) {
        this.courseCode = courseCode;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.fileName = fileName;
        this.source = source;
        this.questionCount = questionCount;
        this.loadedAt = loadedAt;
        this.current = true;
    }

    public void retire() {
        current = false;
    }

    public Long getId() {
        return id;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getContentHash() {
        return contentHash;
    }

    public boolean isCurrent() {
        return current;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSource() {
        return source;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public LocalDateTime getLoadedAt() {
        return loadedAt;
    }
}
