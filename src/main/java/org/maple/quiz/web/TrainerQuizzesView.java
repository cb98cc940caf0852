package org.maple.quiz.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.quiz.boundary.QuizRosterService;
import org.maple.quiz.boundary.QuizRosterService.QuizSummary;

/** Trainer → Quizzes: each course's quiz with its bank version, questions, attempts and pass rate. */
@Named
@RequestScoped
public class TrainerQuizzesView {

    @Inject
    QuizRosterService roster;

    private List<QuizSummary> quizzes;

    @PostConstruct
    void init() {
        quizzes = roster.quizzes();
    }

    public List<QuizSummary> getQuizzes() {
        return quizzes;
    }
}
