package org.maple.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.platform.error.ConflictException;
import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.QuizRecords.AttemptOutcome;
import org.maple.quiz.boundary.QuizTakingService;

/** An attempt's result: score, pass or not, and the feedback the quiz's policy allows. */
@Named
@RequestScoped
public class ResultView {

    @Inject
    QuizTakingService quizzes;

    private Long id;
    private AttemptOutcome result;

    public void load() {
        if (id == null) {
            Pages.redirect("/learner/course/induction.xhtml");
            return;
        }
        try {
            result = quizzes.result(id);
        } catch (RuntimeException e) {
            if (rootIs(e, ConflictException.class)) {
                Pages.redirect("/learner/quiz/attempt.xhtml?a=" + id);
            } else {
                Pages.notFound(e);
            }
        }
    }

    private static boolean rootIs(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AttemptOutcome getResult() {
        return result;
    }
}
