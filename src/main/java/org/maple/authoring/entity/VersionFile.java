package org.maple.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One file of a course version exactly as it was loaded or published; immutable. */
@Entity
@Table(name = "authoring_version_file")
@NamedQuery(name = "VersionFile.of",
        query = "select f from VersionFile f where f.courseCode = :code and f.versionNo = :v order by f.path")
@NamedQuery(name = "VersionFile.versions",
        query = "select distinct f.versionNo from VersionFile f where f.courseCode = :code")
public class VersionFile {

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false, length = 300)
    private String path;

    @Column(nullable = false, length = 1000000)
    private String content;

    protected VersionFile() {
    }

    public VersionFile(String courseCode, int versionNo, String path, String content) {
        this.courseCode = courseCode;
        this.versionNo = versionNo;
        this.path = path;
        this.content = content;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }
}
