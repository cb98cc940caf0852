package org.maple.course.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The hash of what was last imported from one file source ({@code content/<course>} or
 * {@code quizzes/<course>.yaml}). Loaders make a new version only when the files differ from this,
 * so a version published in the app (authoring) is not replaced by unchanged files at the next start.
 */
@Entity
@Table(name = "content_file_import")
public class FileImport {

    @Id
    @Column(length = 300)
    private String source;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    protected FileImport() {
    }

    public FileImport(String source, String contentHash, LocalDateTime importedAt) {
        this.source = source;
        this.contentHash = contentHash;
        this.importedAt = importedAt;
    }

    /** Records a newer import of the same source. */
    public void imported(String hash, LocalDateTime at) {
        this.contentHash = hash;
        this.importedAt = at;
    }

    public String getSource() {
        return source;
    }

    public String getContentHash() {
        return contentHash;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }
}
