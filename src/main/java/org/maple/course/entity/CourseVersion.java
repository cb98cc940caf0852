package org.maple.course.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.maple.platform.persistence.StringListConverter;

/**
 * One immutable version of a course, loaded from {@code content/<code>/}. A changed course gets a
 * new version with the next number and becomes {@code current}; learners who started an older
 * version keep it through their enrolment. Only the {@code current} flag ever changes.
 * Objectives are stored as {@code id|text} lines, sources as {@code id|cite|file} lines.
 */
@Entity
@Cacheable
@Table(name = "course_version")
@NamedQuery(name = "CourseVersion.current",
        query = "select c from CourseVersion c where c.current = true order by c.induction desc, c.dueDays, c.title")
@NamedQuery(name = "CourseVersion.currentByCode",
        query = "select c from CourseVersion c where c.courseCode = :code and c.current = true")
@NamedQuery(name = "CourseVersion.history",
        query = "select c from CourseVersion c where c.courseCode = :code order by c.versionNo desc")
public class CourseVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(nullable = false, length = 1000)
    private String audience;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(nullable = false)
    private boolean induction;

    @Column(name = "due_days")
    private Integer dueDays;

    @Convert(converter = StringListConverter.class)
    @Column(name = "assigned_roles", nullable = false, length = 200)
    private List<String> assignedRoles = new ArrayList<>();

    @Column(name = "refresh_months")
    private Integer refreshMonths;

    @Convert(converter = StringListConverter.class)
    @Column(name = "danos_codes", nullable = false, length = 1000)
    private List<String> danosCodes = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20000)
    private List<String> objectives = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20000)
    private List<String> sources = new ArrayList<>();

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseVersion() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public CourseVersion(String courseCode, int versionNo, String contentHash, String title, String summary,
            String audience, int estimatedMinutes, boolean induction, Integer dueDays, List<String> assignedRoles,
            Integer refreshMonths, List<String> danosCodes, List<String> objectives, List<String> sources,
            LocalDateTime loadedAt) {
        this.courseCode = courseCode;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.current = true;
        this.title = title;
        this.summary = summary;
        this.audience = audience;
        this.estimatedMinutes = estimatedMinutes;
        this.induction = induction;
        this.dueDays = dueDays;
        this.assignedRoles = List.copyOf(assignedRoles);
        this.refreshMonths = refreshMonths;
        this.danosCodes = List.copyOf(danosCodes);
        this.objectives = List.copyOf(objectives);
        this.sources = List.copyOf(sources);
        this.loadedAt = loadedAt;
    }

    public void addLesson(Lesson lesson) {
        lessons.add(lesson);
    }

    public void retire() {
        this.current = false;
    }

    public boolean isAssignedTo(String roleGroupName) {
        return assignedRoles.contains(roleGroupName);
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

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getAudience() {
        return audience;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public boolean isInduction() {
        return induction;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public List<String> getAssignedRoles() {
        return assignedRoles;
    }

    public Integer getRefreshMonths() {
        return refreshMonths;
    }

    public List<String> getDanosCodes() {
        return danosCodes;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public List<String> getSources() {
        return sources;
    }

    public LocalDateTime getLoadedAt() {
        return loadedAt;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }
}
