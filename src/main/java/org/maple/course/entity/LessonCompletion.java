package org.maple.course.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A lesson marked done within an enrolment; at most one per lesson (the primary key). */
@Entity
@Table(name = "lesson_completion")
@IdClass(LessonCompletion.Key.class)
@NamedQuery(name = "LessonCompletion.keysOf",
        query = "select c.lessonKey from LessonCompletion c where c.enrolmentId = :enrolment")
@NamedQuery(name = "LessonCompletion.ofEnrolments",
        query = "select c from LessonCompletion c where c.enrolmentId in :enrolments")
public class LessonCompletion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "lesson_key", length = 120)
    private String lessonKey;

    @Column(name = "completed_at", nullable = false)
    private LocalDateTime completedAt;

    protected LessonCompletion() {
    }

    public LessonCompletion(long enrolmentId, String lessonKey, LocalDateTime completedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonKey = lessonKey;
        this.completedAt = completedAt;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long enrolmentId;
        private String lessonKey;

        public Key() {
        }

        public Key(Long enrolmentId, String lessonKey) {
            this.enrolmentId = enrolmentId;
            this.lessonKey = lessonKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(enrolmentId, k.enrolmentId) && Objects.equals(lessonKey, k.lessonKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, lessonKey);
        }
    }
}
