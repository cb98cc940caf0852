package org.maple.authoring.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.authoring.boundary.AuthoringRecords.ImportReport;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.control.AuthoringRepository;
import org.maple.authoring.control.CourseZip;
import org.maple.authoring.control.DraftPaths;
import org.maple.authoring.control.ImageCheck;
import org.maple.authoring.control.QuestionYaml;
import org.maple.authoring.entity.Draft;
import org.maple.authoring.entity.DraftFile;
import org.maple.authoring.entity.LessonImage;
import org.maple.course.control.CourseRepository;
import org.maple.course.entity.CourseVersion;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.control.GiftParser;
import org.maple.quiz.entity.Question;

/** Files in and out: course ZIP export and import, GIFT questions into a draft bank, lesson images. Role: trainer, admin. */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class TransferService {

    @Inject
    DraftSupport support;

    @Inject
    AuthoringRepository repo;

    @Inject
    CourseRepository courses;

    @Inject
    BankRepository banks;

    @Inject
    DraftService drafts;

    /** Use case: the current version of a course (and its current bank and images) as a ZIP of content-root files. */
    public byte[] export(String code) {
        DraftSupport.checkCode(code);
        CourseVersion v = courses.current(code).orElseThrow(() -> new ItemNotFoundException("There is no course '" + code + "'."));
        Map<String, String> files = new LinkedHashMap<>(repo.versionFiles(code, v.getVersionNo()));
        if (files.isEmpty()) {
            throw new ConflictException("The files of " + code + " version " + v.getVersionNo() + " were not kept; reload the content first.");
        }
        banks.current(code).ifPresent(b -> files.put(DraftPaths.bank(code), b.getSource()));
        support.audit("exported", code, "zip", v.getVersionNo(), null);
        return CourseZip.write(files, images(code));
    }

    /** Use case: the draft as a ZIP (to review or keep in git before publishing). */
    public byte[] exportDraft(String code) {
        Draft d = support.draft(code);
        return CourseZip.write(DraftSupport.files(d), images(code));
    }

    private Map<String, byte[]> images(String code) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        repo.images(code).forEach(i -> out.put("content/" + code + "/images/" + i.getName(), i.bytes()));
        return out;
    }

    /** Use case: a course ZIP into the course's draft (opened if needed): its files replace the draft's. */
    public ImportReport importZip(byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw new InvalidInputException("Send a ZIP of content/<course>/... and quizzes/<course>.yaml.");
        }
        CourseZip.Contents c = CourseZip.read(zip);
        if (c.code() == null) {
            return new ImportReport(List.of(), c.problems().stream().map(p -> new Problem("zip", 0, p, false)).toList());
        }
        String code = c.code();
        if (repo.draft(code).isEmpty()) {
            drafts.open(code);
        }
        Draft d = support.draft(code);
        String by = support.actor();
        List<String> imported = new ArrayList<>();
        for (DraftFile f : new ArrayList<>(d.getFiles())) {
            if (!c.files().containsKey(f.getPath())) {
                d.remove(f);
            }
        }
        c.files().forEach((path, text) -> {
            Optional<DraftFile> f = d.file(path);
            if (f.isEmpty()) {
                d.add(path, text, by, support.now());
            } else if (!f.get().getContent().equals(text)) {
                f.get().change(text, by, support.now());
            }
            imported.add(path);
        });
        List<Problem> problems = new ArrayList<>(c.problems().stream().map(p -> new Problem("zip", 0, p, false)).toList());
        c.images().forEach((name, bytes) -> {
            Optional<String> why = ImageCheck.problem(name, "imported with the course", bytes);
            if (why.isPresent()) {
                problems.add(new Problem("content/" + code + "/images/" + name, 0, why.get(), false));
            } else {
                Optional<LessonImage> existing = repo.image(code, name);
                if (existing.isEmpty()) {
                    repo.persist(new LessonImage(code, name, ImageCheck.sniff(bytes).orElseThrow(), "imported with the course",
                            bytes, by, support.now()));
                    imported.add("content/" + code + "/images/" + name);
                } else if (!Arrays.equals(existing.get().bytes(), bytes)) {
                    problems.add(new Problem("content/" + code + "/images/" + name, 0, "the course already has a different "
                            + "image called '" + name + "'; it was kept and the ZIP's image was not imported (upload it "
                            + "under another name)", false));
                }
            }
        });
        repo.flush();
        support.audit("imported", code, "zip", d.getBaseVersion(), imported.size() + " files");
        problems.addAll(DraftSupport.problems(support.check(code, DraftSupport.files(d))));
        return new ImportReport(imported, problems);
    }

    /**
     * Use case: add the questions of a GIFT file to the draft's bank, with the objective and DANOS
     * codes they should carry. Nothing is added when the GIFT file has problems (each with its line).
     */
    public ImportReport gift(String code, String text, String objective, List<String> danos) {
        Draft d = support.draft(code);
        if (text == null || text.isBlank() || text.length() > 512 * 1024) {
            throw new InvalidInputException("Send the GIFT text (at most 512 KiB).");
        }
        if (objective == null || objective.isBlank()) {
            throw new InvalidInputException("Say which course objective the imported questions test.");
        }
        GiftParser.Result r = GiftParser.parse("gift", text);
        if (!r.problems().isEmpty()) {
            return new ImportReport(List.of(), r.problems().stream().map(Problem::of).toList());
        }
        List<String> codes = danos == null ? List.of() : danos.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Question> questions = r.questions().stream().map(q -> new Question(q.id(), q.type(), objective.strip(),
                q.danos().isEmpty() ? codes : q.danos(), q.scenarioId(), q.stem(), q.explanation(), q.options(), q.pairs(),
                q.extraMatches(), q.items(), q.accepted(), q.ignore(), q.wrongFeedback())).toList();
        String path = DraftPaths.bank(code);
        DraftFile bank = d.file(path).orElseGet(() -> d.add(path, "course: " + code + "\n", support.actor(), support.now()));
        bank.change(QuestionYaml.append(bank.getContent(), questions), support.actor(), support.now());
        repo.flush();
        support.audit("imported", code, path, d.getBaseVersion(), questions.size() + " GIFT questions");
        List<Problem> problems = DraftSupport.problems(support.check(code, DraftSupport.files(d))).stream()
                .filter(p -> p.file().equals(path)).toList();
        return new ImportReport(questions.stream().map(Question::id).toList(), problems);
    }

    /** Use case: upload an image for the course's lessons; gives the Markdown to put in a lesson. */
    public String uploadImage(String code, String name, String alt, byte[] bytes) {
        DraftSupport.checkCode(code);
        ImageCheck.problem(name, alt, bytes).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        if (repo.image(code, name).isPresent()) {
            throw new ConflictException("There is already an image '" + name + "' in this course; choose another name.");
        }
        repo.persist(new LessonImage(code, name, ImageCheck.sniff(bytes).orElseThrow(), alt.strip(), bytes,
                support.actor(), support.now()));
        support.audit("created", code, "content/" + code + "/images/" + name, null, alt.strip());
        return "![" + markdownAlt(alt) + "](../../api/lesson-images/" + code + "/" + name + ")";
    }

    /** Alt text safe inside Markdown's {@code ![...]}: one line, without square brackets. */
    static String markdownAlt(String alt) {
        return alt.replaceAll("\\s*[\\r\\n\\[\\]]+\\s*", " ").strip();
    }
}
