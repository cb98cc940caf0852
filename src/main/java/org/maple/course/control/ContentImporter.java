package org.maple.course.control;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.FileProblem;
import org.maple.course.entity.Lesson;
import org.maple.course.entity.StoredProblem;
import org.maple.platform.persistence.ClusterLock;

/**
 * Imports a content folder into the database, idempotently: an unchanged course (same content
 * hash) changes nothing; a changed one becomes a new current version; a broken one keeps its
 * previous version and its problems are stored for the admin. Holds the cluster-wide
 * {@code content-load} lock, so two nodes loading together cannot duplicate a version.
 */
@Dependent
public class ContentImporter {

    /** What a load did. */
    public record ImportSummary(List<String> newVersions, int unchanged, List<FileProblem> problems) {
        public long errorCount() {
            return problems.stream().filter(p -> !p.isNote()).count();
        }
    }

    /** A load's summary and the library it parsed (for the features that load after the courses). */
    public record ImportRun(ImportSummary summary, ContentLibrary library) {
    }

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @Inject
    CourseRepository courses;

    @Inject
    ClusterLock lock;

    @Inject
    Clock clock;

    /** Parses the content root once and imports its courses; records a course folder's hash only when it changed. */
    public ImportRun importFrom(Path root) {
        lock.acquire("content-load");
        LocalDateTime now = LocalDateTime.now(clock);
        ContentLibrary library = new ContentLibraryParser().parse(root);
        List<String> created = new ArrayList<>();
        int unchanged = 0;
        for (ParsedCourse parsed : library.courses()) {
            String source = "content/" + parsed.id();
            Optional<String> lastFileImport = courses.fileImportHash(source);
            if (lastFileImport.filter(parsed.contentHash()::equals).isEmpty()) {
                courses.recordFileImport(source, parsed.contentHash(), now);
            }
            Optional<CourseVersion> current = courses.current(parsed.id());
            // unchanged files keep the current version, even one published in the app since the last file import
            if (current.isPresent() && (current.get().getContentHash().equals(parsed.contentHash())
                    || lastFileImport.filter(parsed.contentHash()::equals).isPresent())) {
                unchanged++;
                continue;
            }
            created.add(parsed.id() + " v" + newVersion(parsed, current, now).getVersionNo());
        }
        courses.replaceProblems(library.problems().stream().map(p -> new StoredProblem(p, now)).toList());
        return new ImportRun(new ImportSummary(created, unchanged, library.problems()), library);
    }

    /**
     * Imports one valid course that did not come from the content folder (published by a trainer in
     * the app): a new current version unless it equals the current one. Gives the current version.
     */
    public CourseVersion importCourse(ParsedCourse parsed) {
        lock.acquire("content-load");
        Optional<CourseVersion> current = courses.current(parsed.id());
        if (current.isPresent() && current.get().getContentHash().equals(parsed.contentHash())) {
            return current.get();
        }
        return newVersion(parsed, current, LocalDateTime.now(clock));
    }

    private CourseVersion newVersion(ParsedCourse parsed, Optional<CourseVersion> current, LocalDateTime now) {
        int next = courses.history(parsed.id()).stream().mapToInt(CourseVersion::getVersionNo).max().orElse(0) + 1;
        current.ifPresent(CourseVersion::retire);
        CourseVersion v = toVersion(parsed, next, now);
        courses.persist(v);
        return v;
    }

    /**
     * Adds what other features loaded in the same run (see {@code ContentLoaded}) to a summary, and
     * keeps their problems with the courses' own.
     */
    public ImportSummary including(ImportSummary s, List<String> moreVersions, List<FileProblem> moreProblems) {
        LocalDateTime now = LocalDateTime.now(clock);
        moreProblems.forEach(p -> courses.persist(new StoredProblem(p, now)));
        List<String> versions = new ArrayList<>(s.newVersions());
        versions.addAll(moreVersions);
        List<FileProblem> problems = new ArrayList<>(s.problems());
        problems.addAll(moreProblems);
        return new ImportSummary(versions, s.unchanged(), problems);
    }

    static CourseVersion toVersion(ParsedCourse c, int versionNo, LocalDateTime now) {
        CourseVersion v = new CourseVersion(c.id(), versionNo, c.contentHash(), c.title(), c.summary(), c.audience(),
                c.estimatedMinutes(), c.induction(), c.dueDays(), c.assignedTo(), c.refreshMonths(), c.danos(),
                c.objectives().stream().map(o -> o.id() + "|" + o.text()).toList(),
                c.sources().stream().map(s -> s.id() + "|" + s.cite() + "|" + (s.file() == null ? "" : s.file())).toList(),
                now);
        for (ParsedLesson l : c.lessons()) {
            v.addLesson(new Lesson(v, l.key(), l.position(), l.title(), l.minutes(), l.objectives(), l.danos(),
                    l.sources(), l.markdown(), MARKDOWN.render(l.markdown())));
        }
        return v;
    }
}
