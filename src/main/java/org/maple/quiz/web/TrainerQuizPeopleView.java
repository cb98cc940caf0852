package org.maple.quiz.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.AttemptGrantService;
import org.maple.quiz.boundary.QuizRosterService;
import org.maple.quiz.boundary.QuizRosterService.LearnerStanding;
import org.maple.quiz.boundary.QuizRosterService.QuizSummary;

/** Trainer → Quizzes → People and grants: who has taken a quiz, and a way to grant anyone more attempts or time. */
@Named
@ViewScoped
public class TrainerQuizPeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizRosterService roster;

    @Inject
    AttemptGrantService grants;

    private String code;
    private QuizSummary quiz;
    private List<LearnerStanding> learners;
    private String email;

    public void load() {
        if (quiz != null) {
            return;
        }
        if (!TrainerPages.validCourse(code)) {
            Pages.redirect("/trainer/quiz/quizzes.xhtml");
            return;
        }
        try {
            quiz = roster.quiz(code);
            learners = roster.learners(code);
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    /** Opens the grant page of the person with this e-mail address. */
    public void find() {
        if (email == null || email.isBlank()) {
            Pages.error("find:email", "Enter the person's e-mail address.");
            return;
        }
        try {
            long person = grants.personByEmail(email);
            Pages.redirect("/trainer/quiz/grant.xhtml?c=" + Pages.url(code) + "&p=" + person);
        } catch (RuntimeException e) {
            String message = TrainerPages.message(e);
            if (message == null) {
                throw e;
            }
            Pages.error("find:email", message);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public QuizSummary getQuiz() {
        return quiz;
    }

    public List<LearnerStanding> getLearners() {
        return learners;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
