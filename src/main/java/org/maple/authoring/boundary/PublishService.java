package org.maple.authoring.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.authoring.boundary.AuthoringRecords.FileDiff;
import org.maple.authoring.boundary.AuthoringRecords.Published;
import org.maple.authoring.boundary.AuthoringRecords.VersionDiff;
import org.maple.authoring.boundary.AuthoringRecords.VersionRow;
import org.maple.authoring.control.AuthoringRepository;
import org.maple.authoring.control.DraftCheck;
import org.maple.authoring.control.DraftPaths;
import org.maple.authoring.control.LineDiff;
import org.maple.authoring.entity.Draft;
import org.maple.authoring.entity.Publication;
import org.maple.course.control.ContentImporter;
import org.maple.course.control.CourseRepository;
import org.maple.course.entity.CourseVersion;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.BankLoader;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.entity.BankVersion;

/**
 * Publishing: a draft becomes an immutable course version (and bank version) through the loaders'
 * import path, with a note; version history, diff between versions, restore as a new version.
 * Role: trainer, admin.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class PublishService {

    @Inject
    DraftSupport support;

    @Inject
    AuthoringRepository repo;

    @Inject
    CourseRepository courses;

    @Inject
    ContentImporter importer;

    @Inject
    BankLoader bankLoader;

    @Inject
    BankRepository banks;


    /** Use case: publish the draft with a note; the draft is closed. Refused (400) while the loaders find errors. */
    public Published publish(String code, String note) {
        Draft d = support.draft(code);
        Map<String, String> files = DraftSupport.files(d);
        Published p = store(code, files, note, Publication.PUBLISHED);
        repo.remove(d);
        return p;
    }

    /** Use case: make an older version current again, as a new version with a note. */
    public Published restore(String code, int versionNo, String note) {
        DraftSupport.checkCode(code);
        Map<String, String> files = repo.versionFiles(code, versionNo);
        if (files.isEmpty()) {
            throw new ItemNotFoundException("The files of " + code + " version " + versionNo + " were not kept.");
        }
        return store(code, files, note == null || note.isBlank() ? "Restored version " + versionNo : note,
                Publication.RESTORED);
    }

    private Published store(String code, Map<String, String> files, String note, String kind) {
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidInputException("Say in a note (up to 2,000 characters) what changed and why.");
        }
        DraftCheck.Outcome o = support.check(code, files);
        if (!o.valid() || o.bank().isEmpty()) {
            throw new InvalidInputException("The course cannot be published until these are fixed: " + o.errors().stream()
                    .map(Object::toString).collect(Collectors.joining("; ")));
        }
        Optional<CourseVersion> before = courses.current(code);
        Optional<BankVersion> bankBefore = banks.current(code);
        CourseVersion v = importer.importCourse(o.course().get());
        BankVersion b = bankLoader.store(code, o.bankBytes(), o.bank().get());
        boolean newCourse = before.map(c -> !c.getId().equals(v.getId())).orElse(true);
        boolean newBank = bankBefore.map(x -> !x.getId().equals(b.getId())).orElse(true);
        repo.keepVersionFiles(code, v.getVersionNo(), files);
        String by = support.actor();
        if (newCourse || newBank) {
            repo.persist(new Publication(code, v.getVersionNo(), b.getVersionNo(), kind, note.strip(), by, support.now()));
        }
        support.audit(kind, code, newCourse ? "course" : newBank ? "question bank" : "nothing changed", v.getVersionNo(),
                note.strip() + (newBank ? " (quiz v" + b.getVersionNo() + ")" : ""));
        List<String> regrade = newBank && bankBefore.isPresent() ? support.regradeCandidates(bankBefore.get(), o.bank().get())
                : List.of();
        return new Published(code, v.getVersionNo(), newCourse, b.getVersionNo(), newBank, regrade,
                regrade.isEmpty() ? null : "POST /api/quizzes/" + code + "/regrade");
    }

    /** Use case: every version of a course, newest first, with notes for those made in the app. */
    public List<VersionRow> history(String code) {
        DraftSupport.checkCode(code);
        List<Publication> pubs = repo.publications(code);
        List<Integer> kept = repo.versionsWithFiles(code);
        List<VersionRow> out = new ArrayList<>();
        for (CourseVersion v : courses.history(code)) {
            Optional<Publication> p = pubs.stream().filter(x -> x.getVersionNo() == v.getVersionNo()).findFirst();
            out.add(new VersionRow(v.getVersionNo(), v.isCurrent(), v.getLoadedAt(), p.map(Publication::getKind).orElse("files"),
                    p.map(Publication::getNote).orElse(null), p.map(Publication::getPublishedBy).orElse(null),
                    kept.contains(v.getVersionNo())));
        }
        if (out.isEmpty()) {
            throw new ItemNotFoundException("There is no course '" + code + "'.");
        }
        return out;
    }

    /** Use case: what changed between two versions, file by file. */
    public VersionDiff diff(String code, int from, int to) {
        DraftSupport.checkCode(code);
        Map<String, String> a = repo.versionFiles(code, from);
        Map<String, String> b = repo.versionFiles(code, to);
        if (a.isEmpty() || b.isEmpty()) {
            throw new ItemNotFoundException("The files of " + code + " version " + (a.isEmpty() ? from : to) + " were not kept.");
        }
        return new VersionDiff(code, from, to, diffFiles(a, b));
    }

    /** The draft against the version it was opened from (or against nothing, for a new course). */
    public VersionDiff draftDiff(String code) {
        Draft d = support.draft(code);
        Map<String, String> a = d.getBaseVersion() == null ? Map.of() : repo.versionFiles(code, d.getBaseVersion());
        Map<String, String> base = new java.util.LinkedHashMap<>(a);
        if (d.getBaseVersion() != null) {
            banks.current(code).ifPresent(bank -> base.put(DraftPaths.bank(code), bank.getSource()));
        }
        return new VersionDiff(code, d.getBaseVersion() == null ? 0 : d.getBaseVersion(), -1,
                diffFiles(base, DraftSupport.files(d)));
    }

    static List<FileDiff> diffFiles(Map<String, String> a, Map<String, String> b) {
        List<FileDiff> out = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        for (String path : paths) {
            String x = a.get(path);
            String y = b.get(path);
            if (x != null && x.equals(y)) {
                continue;
            }
            String status = x == null ? "added" : y == null ? "removed" : "changed";
            out.add(new FileDiff(path, status, LineDiff.hunks(x == null ? "" : x, y == null ? "" : y, 3)));
        }
        return out;
    }
}
