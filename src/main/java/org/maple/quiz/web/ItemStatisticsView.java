package org.maple.quiz.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.QuizReviewService;
import org.maple.quiz.boundary.QuizRosterService;
import org.maple.quiz.boundary.QuizRosterService.QuizSummary;
import org.maple.quiz.entity.ItemStatistic;

/** Trainer → Quizzes → Item statistics: how each question of the current bank performs. */
@Named
@RequestScoped
public class ItemStatisticsView {

    @Inject
    QuizRosterService roster;

    @Inject
    QuizReviewService review;

    private String code;
    private QuizSummary quiz;
    private List<ItemStatistic> items;

    public void load() {
        if (!TrainerPages.validCourse(code)) {
            Pages.redirect("/trainer/quiz/quizzes.xhtml");
            return;
        }
        try {
            quiz = roster.quiz(code);
            items = review.statistics(code);
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    /** Fewer attempts than this: no flags and no discrimination yet. */
    public int getMinAttempts() {
        return ItemStatistic.MIN_FOR_FLAGS;
    }

    /** Whether any question has been answered fewer times than flags need. */
    public boolean isSmallSample() {
        return items != null && items.stream().anyMatch(i -> i.attempts() < ItemStatistic.MIN_FOR_FLAGS);
    }

    public long getFlagged() {
        return items == null ? 0 : items.stream().filter(i -> !i.flags().isEmpty()).count();
    }

    /** A share 0–1 as a whole percentage, e.g. "62 %". */
    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    /** Discrimination in words for the table. */
    public String discrimination(ItemStatistic s) {
        if (s.discrimination() == null) {
            return s.attempts() < ItemStatistic.MIN_FOR_DISCRIMINATION
                    ? "not yet (needs " + ItemStatistic.MIN_FOR_DISCRIMINATION + " attempts)"
                    : "none (every answer scored the same)";
        }
        return String.format(java.util.Locale.UK, "%.2f", s.discrimination());
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

    public List<ItemStatistic> getItems() {
        return items;
    }
}
