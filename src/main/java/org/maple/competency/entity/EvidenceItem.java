package org.maple.competency.entity;

import java.time.LocalDateTime;

/**
 * One piece of evidence as the status rules see it (a value; {@link Evidence} is its stored row).
 *
 * @param sourceRef  what it came from, e.g. {@code enrolment:51}, {@code attempt:7}, {@code meeting:12}
 * @param courseCode the course it belongs to (course and question evidence), else null
 * @param questions  QUESTIONS only: how many questions on the unit the attempt had
 * @param scoreSum   QUESTIONS only: the marks earned on them (each question 0–1, partial credit counts)
 */
public record EvidenceItem(EvidenceKind kind, String sourceRef, String courseCode, LocalDateTime at, int questions,
        double scoreSum, String detail) implements java.io.Serializable {

    public static EvidenceItem courseCompleted(long enrolmentId, String courseCode, LocalDateTime at) {
        return new EvidenceItem(EvidenceKind.COURSE_COMPLETED, "enrolment:" + enrolmentId, courseCode, at, 0, 0, "");
    }

    public static EvidenceItem courseStarted(long enrolmentId, String courseCode, LocalDateTime at) {
        return new EvidenceItem(EvidenceKind.COURSE_STARTED, "enrolment:" + enrolmentId, courseCode, at, 0, 0, "");
    }

    public static EvidenceItem questions(long attemptId, String courseCode, LocalDateTime at, int questions,
            double scoreSum) {
        return new EvidenceItem(EvidenceKind.QUESTIONS, "attempt:" + attemptId, courseCode, at, questions, scoreSum, "");
    }

    public static EvidenceItem practice(String kind, long recordId, LocalDateTime at) {
        return new EvidenceItem(EvidenceKind.PRACTICE, kind + ":" + recordId, null, at, 0, 0, kind);
    }
}
