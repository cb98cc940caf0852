package org.maple.authoring.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.authoring.boundary.AuthoringRecords.PreviewMark;
import org.maple.authoring.boundary.AuthoringRecords.PreviewResult;
import org.maple.authoring.control.DraftCheck;
import org.maple.course.boundary.LearningRecords.LessonPage;
import org.maple.course.control.MarkdownRenderer;
import org.maple.course.control.ParsedCourse;
import org.maple.course.control.ParsedLesson;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.quiz.control.Grader;
import org.maple.quiz.control.PaperLayout;
import org.maple.quiz.control.QuizDraw;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptPaper;
import org.maple.quiz.entity.GivenAnswer;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionResult;
import org.maple.quiz.entity.SheetQuestion;

/**
 * Preview as a learner: a draft's lessons rendered exactly as the lesson page renders them, and its
 * quiz drawn, laid out and graded by the quiz engine's own rules, all in memory: nothing is written
 * (no enrolment, progress, attempt or statistic). Role: trainer, admin.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class PreviewService {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @Inject
    DraftSupport support;

    /** The draft's quiz as drawn with {@code seed}: the questions in screen order, with no key. */
    public record PreviewPaper(String courseCode, String courseTitle, long seed, int passMark, List<SheetQuestion> questions)
            implements java.io.Serializable {
    }

    /** The preview page's paper and, when answers were sent, their marks (null otherwise). */
    public record PreviewTake(PreviewPaper paper, PreviewResult result) implements java.io.Serializable {
    }

    /** Use case: a draft lesson as a learner would see it. */
    public LessonPage lesson(String code, String key) {
        ParsedCourse c = course(check(code));
        List<ParsedLesson> all = c.lessons();
        for (int i = 0; i < all.size(); i++) {
            ParsedLesson l = all.get(i);
            if (l.key().equals(key)) {
                return new LessonPage(code, c.title(), 0, key, l.title(), l.minutes(), i + 1, all.size(), l.objectives(),
                        l.sources(), l.danos(), MARKDOWN.render(l.markdown()), false,
                        i > 0 ? all.get(i - 1).key() : null, i + 1 < all.size() ? all.get(i + 1).key() : null);
            }
        }
        throw new ItemNotFoundException("There is no lesson '" + key + "' in the draft.");
    }

    /** Use case: live preview of Markdown being typed (sanitised exactly as lessons are). */
    public String render(String markdown) {
        if (markdown != null && markdown.length() > 512 * 1024) {
            throw new InvalidInputException("A lesson may hold at most 512 KiB.");
        }
        return MARKDOWN.render(markdown);
    }

    /** Use case: draw the draft's quiz. */
    public PreviewPaper quiz(String code, long seed) {
        DraftCheck.Outcome o = check(code);
        return paper(code, course(o), bank(o), seed);
    }

    /** Use case: grade answers (in screen positions, as the attempt page sends them) to the paper drawn with {@code seed}. */
    public PreviewResult grade(String code, long seed, Map<String, GivenAnswer> answers) {
        return grade(bank(check(code)), seed, answers);
    }

    /**
     * Use case: the quiz preview page: the paper drawn with {@code seed} and, when {@code answers}
     * is not null, their marks; the draft is checked once.
     */
    public PreviewTake take(String code, long seed, Map<String, GivenAnswer> answers) {
        DraftCheck.Outcome o = check(code);
        QuestionBank bank = bank(o);
        return new PreviewTake(paper(code, course(o), bank, seed), answers == null ? null : grade(bank, seed, answers));
    }

    private static PreviewPaper paper(String code, ParsedCourse c, QuestionBank bank, long seed) {
        AttemptPaper paper = QuizDraw.draw(bank, bank.settings(), seed);
        List<SheetQuestion> sheet = new ArrayList<>();
        int pos = 0;
        for (AttemptPaper.Presentation p : paper.questions()) {
            Question q = bank.question(p.questionId()).orElseThrow();
            sheet.add(PaperLayout.sheet(++pos, q, q.scenarioId() == null ? null : bank.scenario(q.scenarioId()).orElse(null),
                    p, null));
        }
        return new PreviewPaper(code, c.title(), seed, bank.settings().passMark(), sheet);
    }

    private static PreviewResult grade(QuestionBank bank, long seed, Map<String, GivenAnswer> answers) {
        AttemptPaper paper = QuizDraw.draw(bank, bank.settings(), seed);
        List<PreviewMark> marks = new ArrayList<>();
        int earned = 0;
        int possible = 0;
        int pos = 0;
        for (AttemptPaper.Presentation p : paper.questions()) {
            Question q = bank.question(p.questionId()).orElseThrow();
            Answer a;
            try {
                a = PaperLayout.toCanonical(q, p, answers.get(q.id()));
            } catch (IllegalArgumentException e) {
                a = Answer.NONE;
            }
            QuestionResult r = Grader.grade(q, a);
            earned += r.earned();
            possible += r.possible();
            marks.add(new PreviewMark(++pos, q.id(), q.stem(), r.earned(), r.possible(), r.answered(), r.feedback(),
                    q.explanation()));
        }
        double percent = possible == 0 ? 0 : BigDecimal.valueOf(100.0 * earned / possible).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
        return new PreviewResult(earned, possible, percent, bank.settings().passes(BigDecimal.valueOf(percent)), marks);
    }

    private DraftCheck.Outcome check(String code) {
        return support.check(code, DraftSupport.files(support.draft(code)));
    }

    private static ParsedCourse course(DraftCheck.Outcome o) {
        return o.course().orElseThrow(() -> new InvalidInputException(
                "The draft has problems the loader would refuse; fix them to preview: " + first(o)));
    }

    private static QuestionBank bank(DraftCheck.Outcome o) {
        return o.bank().orElseThrow(() -> new InvalidInputException(
                "The draft's question bank has problems; fix them to preview the quiz: " + first(o)));
    }

    private static String first(DraftCheck.Outcome o) {
        return o.errors().isEmpty() ? "(none)" : o.errors().get(0) + (o.errors().size() > 1 ? " (and " + (o.errors().size() - 1) + " more)" : "");
    }
}
