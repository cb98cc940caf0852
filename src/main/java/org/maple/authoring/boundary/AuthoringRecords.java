package org.maple.authoring.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import org.maple.authoring.control.LineDiff;
import org.maple.course.entity.FileProblem;
import org.maple.quiz.entity.Question;

/** The records the authoring services give pages and the REST API. */
public final class AuthoringRecords {

    private AuthoringRecords() {
    }

    /** A course on the authoring list: its current version and whether a draft is open. */
    public record CourseRow(String code, String title, Integer currentVersion, boolean draftOpen, String draftBy)
            implements Serializable {
    }

    /** One file of a draft with its lock version: send {@code version} back when saving. */
    public record FileInfo(String path, String kind, String lessonKey, long version, String updatedBy,
            LocalDateTime updatedAt, String content) implements Serializable {
    }

    /** A problem found by the loaders' parsers: file, line (0: the whole file), reason; notes do not block. */
    public record Problem(String file, int line, String reason, boolean note) implements Serializable {
        static Problem of(FileProblem p) {
            return new Problem(p.file(), p.line(), p.isNote() ? p.reason().substring(5).strip() : p.reason(),
                    p.isNote());
        }

        /** " (line N)" or nothing, for messages. */
        public String lineText() {
            return line > 0 ? " (line " + line + ")" : "";
        }
    }

    /** A language hint in a draft file: non-blocking. */
    public record Hint(String file, int line, String found, String suggestion) implements Serializable {
        public String message() {
            return "\"" + found + "\" can stigmatise; consider: " + suggestion;
        }
    }

    /** A draft with its files, the loaders' verdict and the language hints. */
    public record DraftDetail(String code, Integer baseVersion, String createdBy, List<FileInfo> files,
            List<String> lessonOrder, List<Problem> problems, List<Hint> hints, boolean valid) implements Serializable {
    }

    /** The bank page: the draft, its bank's questions as the loader reads them (empty while it has problems) and
     *  the changed or removed questions that graded attempts already have (regrade candidates). */
    public record BankDraft(DraftDetail draft, List<Question> questions, List<String> regrade) implements Serializable {
    }

    /** A file to save: its path, new text and the version it was based on. */
    public record FileSave(String path, String content, Long version) implements Serializable {
    }

    /** A saved file: its new version, with the draft's problems and hints for that file. */
    public record Saved(String path, long version, List<Problem> problems, List<Hint> hints) implements Serializable {
    }

    /** What publishing or restoring made. {@code regradeQuestions}: changed questions that already have attempts. */
    public record Published(String code, int versionNo, boolean newCourseVersion, Integer bankVersion,
            boolean newBankVersion, List<String> regradeQuestions, String regradeDryRun) implements Serializable {
    }

    /** One version in the history, with its note when it was made in the app. */
    public record VersionRow(int versionNo, boolean current, LocalDateTime loadedAt, String origin, String note,
            String by, boolean filesKept) implements Serializable {
    }

    /** The diff of one file between two versions. */
    public record FileDiff(String path, String status, List<LineDiff.Line> lines) implements Serializable {
    }

    /** The diff between two versions of a course. */
    public record VersionDiff(String code, int from, int to, List<FileDiff> files) implements Serializable {
    }

    /** One line of the audit trail. */
    public record AuditRow(LocalDateTime at, String actor, String action, String course, String item, Integer version,
            String detail) implements Serializable {
    }

    /** The result of importing a ZIP or GIFT into a draft: what was imported, or the problems. */
    public record ImportReport(List<String> imported, List<Problem> problems) implements Serializable {
    }

    /** A graded preview answer: no attempt, progress or statistic is recorded. */
    public record PreviewMark(int position, String questionId, String stem, int earned, int possible, boolean answered,
            List<String> feedback, String explanation) implements Serializable {
    }

    /** The graded preview paper. */
    public record PreviewResult(int earned, int possible, double percent, boolean passed, List<PreviewMark> questions)
            implements Serializable {
    }
}
