package org.maple.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.quiz.boundary.QuizRecords.QuizOverview;
import org.maple.quiz.boundary.QuizTakingService;

/** The quiz panel on a course page ({@code WEB-INF/includes/quiz/course-quiz.xhtml}). */
@Named
@RequestScoped
public class CourseQuizView {

    @Inject
    QuizTakingService quizzes;

    private QuizOverview quiz;

    public QuizOverview of(String code) {
        if (quiz == null || !quiz.courseCode().equals(code)) {
            quiz = quizzes.overview(code);
        }
        return quiz;
    }
}
