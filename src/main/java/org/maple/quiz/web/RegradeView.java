package org.maple.quiz.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.QuizReviewService;
import org.maple.quiz.boundary.QuizRosterService;
import org.maple.quiz.boundary.QuizReviewService.BankSummary;
import org.maple.quiz.boundary.QuizReviewService.RegradeAudit;
import org.maple.quiz.boundary.QuizReviewService.RegradePlan;

/**
 * Trainer → Quizzes → Regrade: choose the bank version, run the dry run, read every attempt that
 * would change, then apply with a reason and a confirmation; past regrades' audit records below.
 */
@Named
@ViewScoped
public class RegradeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizReviewService review;

    @Inject
    QuizRosterService roster;

    private String code;
    private String title;
    private List<BankSummary> versions;
    private Integer version;
    private RegradePlan plan;
    private RegradePlan applied;
    private String reason;
    private boolean confirmed;
    private List<RegradeAudit> history;

    public void load() {
        if (versions != null) {
            return; // a postback of this view: keep its state
        }
        if (!TrainerPages.validCourse(code)) {
            Pages.redirect("/trainer/quiz/quizzes.xhtml");
            return;
        }
        try {
            versions = review.versions(code);
            if (versions.isEmpty()) {
                throw new org.maple.platform.error.ItemNotFoundException("The course '" + code + "' has no quiz.");
            }
            version = versions.stream().filter(BankSummary::current).map(BankSummary::version).findFirst()
                    .orElse(versions.get(0).version());
            title = roster.quiz(code).title();
            history = review.regrades(code);
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    /** The dry run: lists what would change, changes nothing. */
    public void dryRun() {
        try {
            plan = review.regradePreview(code, version);
            applied = null;
            confirmed = false;
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    /** Applies the regrade the dry run showed (the service re-checks: a second apply finds nothing to change). */
    public void apply() {
        if (plan == null) {
            Pages.error("apply:confirm", "Run the dry run first.");
            return;
        }
        if (!confirmed) {
            Pages.error("apply:confirm", "Tick the box to confirm that these attempts should be regraded.");
            return;
        }
        try {
            applied = review.regradeApply(code, plan.bankVersion(), reason);
            Pages.info(applied.changes().isEmpty()
                    ? "Nothing was regraded: no attempt's result changes any more (the regrade was already applied)."
                    : "Regraded " + applied.changes().size() + " attempt" + (applied.changes().size() == 1 ? "" : "s")
                            + " with bank version " + applied.bankVersion() + ".");
            plan = null;
            reason = null;
            confirmed = false;
            history = review.regrades(code);
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public List<BankSummary> getVersions() {
        return versions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public RegradePlan getPlan() {
        return plan;
    }

    public RegradePlan getApplied() {
        return applied;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public List<RegradeAudit> getHistory() {
        return history;
    }
}
