package org.maple.competency.entity;

import java.time.LocalDateTime;

/**
 * One piece of evidence as the status rules see it (a value; {@link Evidence} is its stored row).
 *
 * @param sourceRef  what it came from, e.g. {@code enrolment:51}, {@code attempt:7}, {@code meeting:12}
 * @param courseCode the course it belongs to (course and question evidence), else null
 * @param questions  QUESTIONS only: how many questions on the unit the attempt had
 * @param scoreSum   QUESTIONS only: the marks earned on them (each question 0–1, partial credit counts)
 * @param endsOn     COURSE_COMPLETED only: the first day the completion no longer counts because of its
 *                   certificate (the day after the certificate's expiry; the completion day when it was
 *                   revoked), or null; the unit's refresh period applies as well, whichever ends first
 */
public record EvidenceItem(EvidenceKind kind, String sourceRef, String courseCode, LocalDateTime at, int questions,
        double scoreSum, String detail, java.time.LocalDate endsOn) implements java.io.Serializable {

    public EvidenceItem(EvidenceKind kind, String sourceRef, String courseCode, LocalDateTime at, int questions,
            double scoreSum, String detail) {
        this(kind, sourceRef, courseCode, at, questions, scoreSum, detail, null);
    }

    /** A course completion whose certificate ends it on {@code endsOn} (null: only the refresh period), with words. */
    public static EvidenceItem courseCompleted(long enrolmentId, String courseCode, LocalDateTime at,
            java.time.LocalDate endsOn, String detail) {
        return new EvidenceItem(EvidenceKind.COURSE_COMPLETED, "enrolment:" + enrolmentId, courseCode, at, 0, 0,
                detail == null ? "" : detail, endsOn);
    }

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
