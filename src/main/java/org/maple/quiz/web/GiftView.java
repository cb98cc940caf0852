package org.maple.quiz.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.QuizReviewService;
import org.maple.quiz.boundary.QuizReviewService.GiftCheck;
import org.maple.quiz.boundary.QuizRosterService;
import org.maple.quiz.boundary.QuizRosterService.QuizSummary;

/**
 * Trainer → Quizzes → GIFT: export each bank as a Moodle GIFT file; paste or upload GIFT text and
 * see what it holds and every problem with its line (nothing is stored).
 */
@Named
@ViewScoped
public class GiftView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 1024L * 1024;
    static final int MAX_CHARS = QuizReviewService.GIFT_MAX_CHARS;

    @Inject
    QuizReviewService review;

    @Inject
    QuizRosterService roster;

    private List<QuizSummary> quizzes;
    private String text;
    private transient Part file;
    private GiftCheck check;

    @PostConstruct
    void init() {
        quizzes = roster.quizzes();
    }

    /** Checks the uploaded file if one was chosen, the pasted text otherwise. */
    public void check() {
        String gift = text;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_BYTES) {
                Pages.error("check:file", "The file is larger than 1 MiB: split it.");
                return;
            }
            try (InputStream in = file.getInputStream()) {
                gift = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                Pages.error("check:file", "The file could not be read.");
                return;
            }
        } else if (gift == null || gift.isBlank()) {
            Pages.error("check:text", "Paste GIFT text here, or choose a file below.");
            return;
        } else if (gift.length() > MAX_CHARS) {
            Pages.error("check:text", "The text is longer than 1,000,000 characters: split it.");
            return;
        }
        try {
            check = review.giftCheck(gift);
        } catch (RuntimeException e) {
            check = null;
            Pages.error(e);
        }
    }

    public long getErrorCount() {
        return check == null ? 0 : check.problems().stream().filter(p -> !p.isNote()).count();
    }

    public List<QuizSummary> getQuizzes() {
        return quizzes;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public GiftCheck getCheck() {
        return check;
    }
}
