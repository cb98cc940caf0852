package org.maple.course.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.maple.platform.persistence.StringListConverter;

/**
 * One lesson of a course version; immutable once loaded. {@code key} is the file name without
 * {@code .md} and identifies the lesson across versions. {@code html} is the Markdown rendered
 * and sanitised at load time, so no request renders Markdown.
 */
@Entity
@Cacheable
@Table(name = "lesson")
public class Lesson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "lesson_key", nullable = false, length = 120)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10000)
    private List<String> objectives = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "danos_codes", nullable = false, length = 1000)
    private List<String> danosCodes = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10000)
    private List<String> sources = new ArrayList<>();

    @Column(nullable = false, length = 1000000)
    private String markdown;

    @Column(nullable = false, length = 1000000)
    private String html;

    protected Lesson() {
    }

    public Lesson(CourseVersion courseVersion, String key, int position, String title, int minutes,
            List<String> objectives, List<String> danosCodes, List<String> sources, String markdown, String html) {
        this.courseVersion = courseVersion;
        this.key = key;
        this.position = position;
        this.title = title;
        this.minutes = minutes;
        this.objectives = List.copyOf(objectives);
        this.danosCodes = List.copyOf(danosCodes);
        this.sources = List.copyOf(sources);
        this.markdown = markdown;
        this.html = html;
    }

    public Long getId() {
        return id;
    }

    public CourseVersion getCourseVersion() {
        return courseVersion;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public List<String> getDanosCodes() {
        return danosCodes;
    }

    public List<String> getSources() {
        return sources;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }
}
