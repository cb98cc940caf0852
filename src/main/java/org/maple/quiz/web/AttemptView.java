package org.maple.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.QuizRecords.AttemptSheet;
import org.maple.quiz.boundary.QuizTakingService;

/**
 * The attempt page: every question on one page in a plain form. Each answer is saved as it is given
 * (maple-quiz.js calls the REST API); the form's submit goes to {@code /api/me/attempts/{id}/submit}
 * with every answer on the page, so nothing depends on the autosave having worked.
 */
@Named
@RequestScoped
public class AttemptView {

    @Inject
    QuizTakingService quizzes;

    private Long id;
    private AttemptSheet sheet;

    public void load() {
        if (id == null) {
            Pages.redirect("/learner/course/induction.xhtml");
            return;
        }
        try {
            sheet = quizzes.attempt(id);
            if (!sheet.open()) {
                Pages.redirect("/learner/quiz/result.xhtml?a=" + id);
            }
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AttemptSheet getSheet() {
        return sheet;
    }
}
