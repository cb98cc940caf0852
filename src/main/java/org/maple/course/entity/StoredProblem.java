package org.maple.course.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A problem the last content load found, kept so the admin sees it on any node. */
@Entity
@Table(name = "content_problem")
@NamedQuery(name = "StoredProblem.all", query = "select p from StoredProblem p order by p.file, p.line")
@NamedQuery(name = "StoredProblem.clear", query = "delete from StoredProblem p")
public class StoredProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(nullable = false, length = 500)
    private String file;

    @Column(name = "line_no", nullable = false)
    private int line;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "detected_at", nullable = false)
    private LocalDateTime detectedAt;

    protected StoredProblem() {
    }

    public StoredProblem(FileProblem p, LocalDateTime now) {
        this.file = p.file();
        this.line = p.line();
        this.reason = p.reason().length() > 2000 ? p.reason().substring(0, 2000) : p.reason();
        this.detectedAt = now;
    }

    public FileProblem toProblem() {
        return new FileProblem(file, line, reason);
    }

    public LocalDateTime getDetectedAt() {
        return detectedAt;
    }
}
