package org.maple.authoring.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.authoring.boundary.AuthoringRecords.Hint;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.control.AuthoringRepository;
import org.maple.authoring.control.DraftCheck;
import org.maple.authoring.control.DraftPaths;
import org.maple.authoring.control.LanguageHints;
import org.maple.authoring.entity.AuditEntry;
import org.maple.authoring.entity.Draft;
import org.maple.course.boundary.DanosCatalog;
import org.maple.course.entity.DanosFramework;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.boundary.QuizReviewService;
import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.entity.BankVersion;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;

/** What the authoring services share: who is acting, the audit trail, checking a draft, regrade candidates, the language hints. Joins the caller's transaction. */
@Dependent
public class DraftSupport {

    @Inject
    CallerService caller;

    @Inject
    AuthoringRepository repo;

    @Inject
    DanosCatalog danos;

    @Inject
    BankRepository banks;

    @Inject
    BankCache bankCache;

    @Inject
    QuizReviewService review;

    @Inject
    Clock clock;

    /** "Name <e-mail>" of the signed-in person. */
    public String actor() {
        Person p = caller.current();
        return p.getDisplayName() + " <" + p.getEmail() + ">";
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public void audit(String action, String code, String item, Integer version, String detail) {
        repo.persist(new AuditEntry(now(), actor(), action, code, item, version, detail));
    }

    public static String checkCode(String code) {
        if (!DraftPaths.validCode(code)) {
            throw new InvalidInputException("A course id uses only a-z, 0-9 and '-' (at most 80 characters).");
        }
        return code;
    }

    public Draft draft(String code) {
        return repo.draft(checkCode(code)).orElseThrow(() -> new ItemNotFoundException(
                "There is no draft of '" + code + "'. Open one first."));
    }

    public static Map<String, String> files(Draft d) {
        Map<String, String> out = new LinkedHashMap<>();
        d.getFiles().forEach(f -> out.put(f.getPath(), f.getContent()));
        return out;
    }

    /** The DANOS framework in force (cached until danos.yaml changes; empty when it cannot be read). */
    public DanosFramework framework() {
        return danos.framework();
    }

    /** The loaders' verdict on a set of files. */
    public DraftCheck.Outcome check(String code, Map<String, String> files) {
        return DraftCheck.check(code, files, framework());
    }

    /** The questions of the published bank that {@code now} changes or removes and that graded attempts were scored on. */
    public List<String> regradeCandidates(String code, QuestionBank now) {
        return banks.current(code).map(old -> regradeCandidates(old, now)).orElse(List.of());
    }

    /** The questions of bank version {@code old} that {@code now} changes or removes and that graded attempts were scored on. */
    public List<String> regradeCandidates(BankVersion old, QuestionBank now) {
        List<String> changed = new ArrayList<>();
        for (Question q : bankCache.bank(old).questions()) {
            if (!now.question(q.id()).map(q::equals).orElse(false)) {
                changed.add(q.id());
            }
        }
        if (changed.isEmpty()) {
            return changed;
        }
        Set<String> graded = review.gradedQuestionIds(old.getCourseCode());
        return changed.stream().filter(graded::contains).toList();
    }

    public LanguageHints hints() {
        return new LanguageHints(repo.hints().stream()
                .map(h -> new LanguageHints.Term(h.getTerm(), h.getSuggestion())).toList());
    }

    public List<Hint> hints(Map<String, String> files) {
        LanguageHints hints = hints();
        List<Hint> out = new ArrayList<>();
        files.forEach((path, text) -> hints.check(text).forEach(h -> out.add(new Hint(path, h.line(), h.found(),
                h.suggestion()))));
        return out;
    }

    public static List<Problem> problems(DraftCheck.Outcome o) {
        return o.problems().stream().map(Problem::of).toList();
    }
}
