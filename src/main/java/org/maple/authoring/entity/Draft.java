package org.maple.authoring.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The one shared draft of a course: its files ({@code content/<course>/course.yaml}, the lesson
 * files and {@code quizzes/<course>.yaml}) as text, opened from a published version
 * ({@code baseVersion}) or empty for a new course. Deleted when published or discarded.
 */
@Entity
@Table(name = "authoring_draft")
@NamedQuery(name = "Draft.byCourse", query = "select d from Draft d where d.courseCode = :code")
@NamedQuery(name = "Draft.all", query = "select d from Draft d order by d.courseCode")
public class Draft {

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(name = "base_version")
    private Integer baseVersion;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("path")
    private List<DraftFile> files = new ArrayList<>();

    protected Draft() {
    }

    public Draft(String courseCode, Integer baseVersion, String createdBy, LocalDateTime createdAt) {
        this.courseCode = courseCode;
        this.baseVersion = baseVersion;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public DraftFile add(String path, String content, String by, LocalDateTime at) {
        DraftFile f = new DraftFile(this, path, content, by, at);
        files.add(f);
        return f;
    }

    public void remove(DraftFile f) {
        files.remove(f);
    }

    public Optional<DraftFile> file(String path) {
        return files.stream().filter(f -> f.getPath().equals(path)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public Integer getBaseVersion() {
        return baseVersion;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<DraftFile> getFiles() {
        return files;
    }
}
