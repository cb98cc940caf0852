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

/** An image uploaded for a course's lessons: type checked from its bytes, alt text required; immutable. */
@Entity
@Table(name = "authoring_image")
@NamedQuery(name = "LessonImage.find",
        query = "select i from LessonImage i where i.courseCode = :code and i.name = :name")
@NamedQuery(name = "LessonImage.ofCourse", query = "select i from LessonImage i where i.courseCode = :code order by i.name")
public class LessonImage {

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "course_code", nullable = false, length = 80)
    private String courseCode;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "alt_text", nullable = false, length = 500)
    private String altText;

    @Column(name = "data_base64", nullable = false, length = 1000000)
    private String dataBase64;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected LessonImage() {
    }

    public LessonImage(String courseCode, String name, String mediaType, String altText, byte[] data,
            String uploadedBy, LocalDateTime uploadedAt) {
        this.courseCode = courseCode;
        this.name = name;
        this.mediaType = mediaType;
        this.altText = altText;
        this.dataBase64 = java.util.Base64.getEncoder().encodeToString(data);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public byte[] bytes() {
        return java.util.Base64.getDecoder().decode(dataBase64);
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getAltText() {
        return altText;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
