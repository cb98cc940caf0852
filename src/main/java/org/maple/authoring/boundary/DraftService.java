package org.maple.authoring.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.maple.authoring.boundary.AuthoringRecords.BankDraft;
import org.maple.authoring.boundary.AuthoringRecords.CourseRow;
import org.maple.authoring.boundary.AuthoringRecords.DraftDetail;
import org.maple.authoring.boundary.AuthoringRecords.FileInfo;
import org.maple.authoring.boundary.AuthoringRecords.FileSave;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.boundary.AuthoringRecords.Saved;
import org.maple.authoring.control.AuthoringRepository;
import org.maple.authoring.control.BankQuestions;
import org.maple.authoring.control.QuestionYaml;
import org.maple.authoring.control.DraftCheck;
import org.maple.authoring.control.CourseFields;
import org.maple.authoring.control.DraftPaths;
import org.maple.authoring.control.LessonFields;
import org.maple.authoring.control.NewCourse;
import org.maple.authoring.control.YamlBlocks;
import org.maple.authoring.entity.Draft;
import org.maple.authoring.entity.DraftFile;
import org.maple.course.control.CourseRepository;
import org.maple.course.entity.CourseVersion;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;

/** Drafts: open, read, save a file (optimistic locking), add, remove and reorder lessons, discard. Role: trainer, admin. */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class DraftService {

    static final int MAX_FILE = 512 * 1024;

    @Inject
    DraftSupport support;

    @Inject
    AuthoringRepository repo;

    @Inject
    CourseRepository courses;

    @Inject
    BankRepository banks;

    /** Use case: the courses a trainer can author, with their drafts. */
    public List<CourseRow> courses() {
        List<CourseRow> out = new ArrayList<>();
        Map<String, Draft> open = new LinkedHashMap<>();
        repo.drafts().forEach(d -> open.put(d.getCourseCode(), d));
        for (CourseVersion v : courses.current()) {
            Draft d = open.remove(v.getCourseCode());
            out.add(new CourseRow(v.getCourseCode(), v.getTitle(), v.getVersionNo(), d != null,
                    d == null ? null : d.getCreatedBy()));
        }
        open.values().forEach(d -> out.add(new CourseRow(d.getCourseCode(), "(new course)", null, true, d.getCreatedBy())));
        out.sort(Comparator.comparing(CourseRow::code));
        return out;
    }

    /** Use case: open the course's draft, creating it from the published version (or empty for a new course id). */
    public DraftDetail open(String code) {
        DraftSupport.checkCode(code);
        Optional<Draft> existing = repo.draft(code);
        if (existing.isPresent()) {
            return detail(existing.get());
        }
        Optional<CourseVersion> current = courses.current(code);
        Map<String, String> files;
        if (current.isPresent()) {
            files = repo.versionFiles(code, current.get().getVersionNo());
            if (files.isEmpty()) {
                throw new ConflictException("The files of " + code + " version " + current.get().getVersionNo()
                        + " were not kept (it was loaded before authoring existed); reload the content first.");
            }
            banks.current(code).ifPresent(b -> files.put(DraftPaths.bank(code), b.getSource()));
        } else {
            files = NewCourse.files(code);
        }
        String by = support.actor();
        Draft d = new Draft(code, current.map(CourseVersion::getVersionNo).orElse(null), by, support.now());
        files.forEach((path, text) -> d.add(path, text, by, support.now()));
        repo.persist(d);
        try {
            repo.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ConflictException("Someone opened the draft of " + code + " at the same moment; open it again.");
        }
        support.audit("created", code, "draft", d.getBaseVersion(),
                current.isPresent() ? "draft opened from version " + d.getBaseVersion() : "new course");
        return detail(d);
    }

    /** Use case: read a draft with the loaders' verdict and the language hints. */
    public DraftDetail draft(String code) {
        return detail(support.draft(code));
    }

    /** Use case: save one file; refused (409) when someone saved it since {@code version}. */
    public Saved save(String code, FileSave save) {
        Draft d = support.draft(code);
        return saved(d, store(d, code, save));
    }

    /** Use case: save one file from an editor page and read the draft back (one check of the draft). */
    public DraftDetail saveFile(String code, FileSave save) {
        Draft d = support.draft(code);
        store(d, code, save);
        return detail(d);
    }

    /** Use case: the bank page: the draft, its bank's questions as the loader reads them and the regrade candidates. */
    public BankDraft bank(String code) {
        return bankDraft(support.draft(code));
    }

    /** Use case: save the bank file from the bank page and read the page's data back (one check of the draft). */
    public BankDraft saveBank(String code, FileSave save) {
        Draft d = support.draft(code);
        store(d, code, save);
        return bankDraft(d);
    }

    /** Use case: save the descriptor fields of course.yaml (only changed keys are rewritten). */
    public DraftDetail saveCourseFields(String code, CourseFields fields, long version) {
        String path = DraftPaths.descriptor(code);
        Draft d = support.draft(code);
        DraftFile f = d.file(path).orElseThrow(() -> new ItemNotFoundException("The draft has no course.yaml."));
        String text = fields.applyTo(f.getContent(), CourseFields.read(f.getContent()));
        store(d, code, new FileSave(path, text, version));
        return detail(d);
    }

    /** Use case: save a lesson's fields and body (only changed front-matter keys are rewritten). */
    public DraftDetail saveLessonFields(String code, String key, LessonFields fields, long version) {
        String path = DraftPaths.lesson(code, key == null ? "" : key);
        Draft d = support.draft(code);
        DraftFile f = d.file(path).orElseThrow(() -> new ItemNotFoundException("There is no lesson '" + key + "' in the draft."));
        String text = fields.applyTo(f.getContent(), LessonFields.read(f.getContent()));
        store(d, code, new FileSave(path, text, version));
        return detail(d);
    }

    /**
     * Use case: save one question of the draft bank from the question form: its entry in the bank file
     * is replaced (or, for a new question, appended); every other byte stays.
     */
    public DraftDetail saveQuestion(String code, String originalId, Question q, long version) {
        String path = DraftPaths.bank(code);
        Draft d = support.draft(code);
        DraftFile f = d.file(path).orElseThrow(() -> new ItemNotFoundException("The draft has no question bank."));
        if (q == null) {
            throw new InvalidInputException("Send the question.");
        }
        String text = originalId == null || originalId.isBlank() ? QuestionYaml.append(f.getContent(), List.of(q))
                : BankQuestions.replace(f.getContent(), originalId, QuestionYaml.write(q)).orElseThrow(() -> new ItemNotFoundException(
                        "There is no question '" + originalId + "' in the bank's questions list; edit it in the YAML."));
        store(d, code, new FileSave(path, text, version));
        return detail(d);
    }

    /** Use case: remove one question from the draft bank. */
    public void removeQuestion(String code, String id, long version) {
        String path = DraftPaths.bank(code);
        Draft d = support.draft(code);
        DraftFile f = d.file(path).orElseThrow(() -> new ItemNotFoundException("The draft has no question bank."));
        String text = BankQuestions.remove(f.getContent(), id == null ? "" : id)
                .orElseThrow(() -> new ItemNotFoundException("There is no question '" + id + "' in the bank."));
        store(d, code, new FileSave(path, text, version));
    }

    /** Saves one file of the draft (no check of the draft); refused (409) when someone saved it since {@code save.version()}. */
    private DraftFile store(Draft d, String code, FileSave save) {
        if (save == null || save.path() == null || save.content() == null) {
            throw new InvalidInputException("Send the file's path, content and the version you started from.");
        }
        if (!DraftPaths.allowed(code, save.path())) {
            throw new InvalidInputException("'" + save.path() + "' is not a file of this course: use content/" + code
                    + "/course.yaml, content/" + code + "/<lesson>.md or quizzes/" + code + ".yaml.");
        }
        if (save.content().length() > MAX_FILE) {
            throw new InvalidInputException("A file may hold at most 512 KiB.");
        }
        DraftFile f = d.file(save.path()).orElse(null);
        String actor = support.actor();
        if (f == null) {
            f = d.add(save.path(), save.content(), actor, support.now());
        } else {
            if (save.version() == null || save.version() != f.getVersion()) {
                throw conflict(f, save.version());
            }
            if (f.getContent().equals(save.content())) {
                return f;
            }
            f.change(save.content(), actor, support.now());
        }
        try {
            repo.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone saved " + save.path() + " at the same moment; reload it to see their change.");
        }
        support.audit("changed", code, save.path(), d.getBaseVersion(), null);
        return f;
    }

    /** Use case: add a lesson (a new file, listed last in course.yaml). */
    public Saved addLesson(String code, String key, String title) {
        Draft d = support.draft(code);
        String path = DraftPaths.lesson(code, key == null ? "" : key);
        if (!DraftPaths.allowed(code, path)) {
            throw new InvalidInputException("A lesson id uses only a-z, 0-9 and '-' (at most 80 characters).");
        }
        if (d.file(path).isPresent()) {
            throw new ConflictException("There is already a lesson '" + key + "'.");
        }
        String t = title == null || title.isBlank() ? key : title.strip();
        DraftFile f = d.add(path, NewCourse.lesson(t), support.actor(), support.now());
        List<String> order = new ArrayList<>(lessonOrder(d));
        order.add(key);
        setLessons(d, order);
        repo.flush();
        support.audit("created", code, path, d.getBaseVersion(), null);
        return saved(d, f);
    }

    /** Use case: remove a lesson (its file and its line in course.yaml). */
    public DraftDetail removeLesson(String code, String key) {
        Draft d = support.draft(code);
        DraftFile f = d.file(DraftPaths.lesson(code, key == null ? "" : key))
                .orElseThrow(() -> new ItemNotFoundException("There is no lesson '" + key + "' in the draft."));
        d.remove(f);
        List<String> order = new ArrayList<>(lessonOrder(d));
        order.remove(key);
        setLessons(d, order);
        repo.flush();
        support.audit("deleted", code, f.getPath(), d.getBaseVersion(), null);
        return detail(d);
    }

    /** Use case: put the lessons in a new order (every lesson once). */
    public DraftDetail reorder(String code, List<String> keys) {
        Draft d = support.draft(code);
        List<String> now = lessonOrder(d);
        if (keys == null || keys.size() != now.size() || !new LinkedHashSet<>(keys).containsAll(now)) {
            throw new InvalidInputException("Give every lesson of the draft exactly once: " + String.join(", ", now));
        }
        setLessons(d, keys);
        repo.flush();
        support.audit("changed", code, DraftPaths.descriptor(code), d.getBaseVersion(), "lesson order");
        return detail(d);
    }

    /** Use case: throw the draft away. */
    public void discard(String code) {
        Draft d = support.draft(code);
        repo.remove(d);
        support.audit("deleted", code, "draft", d.getBaseVersion(), "draft discarded");
    }

    /** The lesson keys in course.yaml order, as the loader reads them (from the 'lessons' list). */
    static List<String> lessonOrder(Draft d) {
        String code = d.getCourseCode();
        return d.file(DraftPaths.descriptor(code)).map(f -> CourseFields.read(f.getContent()).lessons())
                .orElse(List.of()).stream().map(n -> n.endsWith(".md") ? n.substring(0, n.length() - 3) : n).toList();
    }

    private void setLessons(Draft d, List<String> keys) {
        String code = d.getCourseCode();
        DraftFile yaml = d.file(DraftPaths.descriptor(code))
                .orElseThrow(() -> new ItemNotFoundException("The draft has no course.yaml."));
        yaml.change(YamlBlocks.set(yaml.getContent(), "lessons",
                YamlBlocks.sequence("lessons", keys.stream().map(k -> k + ".md").toList())), support.actor(), support.now());
    }

    private ConflictException conflict(DraftFile f, Long yours) {
        return new ConflictException(f.getUpdatedBy() + " saved " + f.getPath() + " at " + f.getUpdatedAt().withNano(0)
                + " (version " + f.getVersion() + "; you started from version " + yours + "). Your text was not saved. "
                + "See their change: GET /api/authoring/courses/" + f.getDraft().getCourseCode() + "/draft, then save again "
                + "with version " + f.getVersion() + ".");
    }

    private Saved saved(Draft d, DraftFile f) {
        Map<String, String> files = DraftSupport.files(d);
        DraftCheck.Outcome o = support.check(d.getCourseCode(), files);
        List<Problem> problems = DraftSupport.problems(o).stream().filter(p -> p.file().equals(f.getPath())).toList();
        return new Saved(f.getPath(), f.getVersion(), problems,
                support.hints(Map.of(f.getPath(), f.getContent())));
    }

    DraftDetail detail(Draft d) {
        return detail(d, support.check(d.getCourseCode(), DraftSupport.files(d)));
    }

    private DraftDetail detail(Draft d, DraftCheck.Outcome o) {
        Map<String, String> files = DraftSupport.files(d);
        List<FileInfo> infos = d.getFiles().stream().map(f -> new FileInfo(f.getPath(), kind(d, f.getPath()),
                DraftPaths.lessonKey(d.getCourseCode(), f.getPath()).orElse(null), f.getVersion(), f.getUpdatedBy(),
                f.getUpdatedAt(), f.getContent())).toList();
        return new DraftDetail(d.getCourseCode(), d.getBaseVersion(), d.getCreatedBy(), infos, lessonOrder(d),
                DraftSupport.problems(o), support.hints(files), o.valid());
    }

    private BankDraft bankDraft(Draft d) {
        String code = d.getCourseCode();
        DraftCheck.Outcome o = support.check(code, DraftSupport.files(d));
        return new BankDraft(detail(d, o), o.bank().map(QuestionBank::questions).orElse(List.of()),
                o.bank().map(b -> support.regradeCandidates(code, b)).orElse(List.of()));
    }

    private static String kind(Draft d, String path) {
        String code = d.getCourseCode();
        return path.equals(DraftPaths.descriptor(code)) ? "course" : path.equals(DraftPaths.bank(code)) ? "bank" : "lesson";
    }
}
