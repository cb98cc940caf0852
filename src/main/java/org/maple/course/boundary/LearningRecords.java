package org.maple.course.boundary;

import java.time.LocalDate;
import java.util.List;

import org.maple.course.entity.CourseStatus;

/** The records the learning service gives pages and the REST API. */
public final class LearningRecords {

    private LearningRecords() {
    }

    /** One assigned course on "My induction", with my progress. */
    public record CourseProgress(String code, String title, String summary, int versionNo, boolean induction,
            int estimatedMinutes, LocalDate dueDate, CourseStatus status, int lessonsDone, int lessonCount,
            String resumeLessonKey) implements java.io.Serializable {

        public int percent() {
            return lessonCount == 0 ? 0 : Math.round(100f * lessonsDone / lessonCount);
        }

        public String statusLabel() {
            return status.label();
        }
    }

    /** A lesson in a course outline. */
    public record LessonItem(String key, int position, String title, int minutes, boolean done) implements java.io.Serializable {
    }

    /** A course page: its details, my version, my progress, where to resume. */
    public record CourseOutline(String code, String title, String summary, String audience, int versionNo,
            int estimatedMinutes, List<String> objectives, List<String> danosCodes, List<String> sources,
            List<LessonItem> lessons, CourseStatus status, LocalDate dueDate, String resumeLessonKey,
            List<String> stillNeeded, boolean newerVersionExists) implements java.io.Serializable {

        public String danosText() {
            return String.join(", ", danosCodes);
        }

        public int lessonsDone() {
            return (int) lessons.stream().filter(LessonItem::done).count();
        }

        public int percent() {
            return lessons.isEmpty() ? 0 : Math.round(100f * lessonsDone() / lessons.size());
        }
    }

    /** A lesson page: its rendered (sanitised) HTML and the way on. */
    public record LessonPage(String courseCode, String courseTitle, int versionNo, String key, String title,
            int minutes, int position, int lessonCount, List<String> objectives, List<String> sources,
            List<String> danosCodes, String html, boolean done, String previousKey, String nextKey) implements java.io.Serializable {

        public String danosText() {
            return String.join(", ", danosCodes);
        }
    }

    /** What marking a lesson done led to. */
    public record LessonDone(String nextKey, boolean courseComplete) implements java.io.Serializable {
    }
}
