package org.maple.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.QuizRecords.AttemptSheet;
import org.maple.quiz.boundary.QuizRecords.QuizOverview;
import org.maple.quiz.boundary.QuizTakingService;

/** A course's quiz page: the rules, my attempts, start or resume. */
@Named
@RequestScoped
public class QuizView {

    @Inject
    QuizTakingService quizzes;

    private String code;
    private QuizOverview quiz;

    public void load() {
        if (code == null) {
            Pages.redirect("/learner/course/induction.xhtml");
            return;
        }
        try {
            quiz = quizzes.overview(code);
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    /** Starts an attempt (or resumes the open one) and opens it. */
    public void start() {
        try {
            AttemptSheet sheet = quizzes.start(code);
            Pages.redirect("/learner/quiz/attempt.xhtml?a=" + sheet.id());
        } catch (RuntimeException e) {
            Pages.error(e);
            Pages.redirect("/learner/quiz/quiz.xhtml?c=" + Pages.url(code));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public QuizOverview getQuiz() {
        return quiz;
    }
}
