package org.maple.authoring.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One file of a draft, edited as a whole. {@code version} is the optimistic lock: a save names the
 * version it was based on, and a save based on an older one is refused (no lost edit).
 */
@Entity
@Table(name = "authoring_draft_file")
public class DraftFile {

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @Column(nullable = false, length = 300)
    private String path;

    @Column(nullable = false, length = 1000000)
    private String content;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected DraftFile() {
    }

    DraftFile(Draft draft, String path, String content, String by, LocalDateTime at) {
        this.draft = draft;
        this.path = path;
        this.content = content;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void change(String text, String by, LocalDateTime at) {
        this.content = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Draft getDraft() {
        return draft;
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
