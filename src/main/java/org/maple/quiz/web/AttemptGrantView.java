package org.maple.quiz.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.AttemptGrantService;
import org.maple.quiz.boundary.AttemptGrantService.GrantStanding;

/**
 * Granting one person extra attempts or extra minutes on a course's quiz, with a reason, and the
 * grants they have had: {@code /manager/quiz/grant.xhtml} (a manager, for their own team: the
 * service refuses anyone else) and {@code /trainer/quiz/grant.xhtml} (a trainer, anyone).
 */
@Named
@ViewScoped
public class AttemptGrantView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttemptGrantService service;

    private String code;
    private Long personId;
    private GrantStanding standing;
    private Integer attempts = 1;
    private Integer minutes = 0;
    private String reason;

    public void load() {
        if (standing != null) {
            return;
        }
        if (!TrainerPages.validCourse(code) || personId == null) {
            Pages.redirect("/index.xhtml");
            return;
        }
        try {
            standing = service.standing(personId, code);
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    public void grant() {
        int a = attempts == null ? 0 : attempts;
        int m = minutes == null ? 0 : minutes;
        if (a == 0 && m == 0) {
            Pages.error("grant:attempts", "Grant at least one extra attempt or some extra minutes.");
            return;
        }
        if (reason == null || reason.strip().length() < 3) {
            Pages.error("grant:reason", "Give the reason for the grant (at least 3 characters); it is kept on record.");
            return;
        }
        try {
            service.grant(personId, code, a, m, reason);
            Pages.info("Granted " + standing.name() + " " + describe(a, m) + " on the quiz of " + standing.courseTitle() + ".");
            standing = service.standing(personId, code);
            attempts = 1;
            minutes = 0;
            reason = null;
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    static String describe(int attempts, int minutes) {
        String a = attempts == 0 ? "" : attempts + " extra attempt" + (attempts == 1 ? "" : "s");
        String m = minutes == 0 ? "" : minutes + " extra minute" + (minutes == 1 ? "" : "s");
        return a.isEmpty() ? m : m.isEmpty() ? a : a + " and " + m;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public GrantStanding getStanding() {
        return standing;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
