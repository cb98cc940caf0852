package org.maple.authoring.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuditService;
import org.maple.authoring.control.LanguageHints;
import org.maple.platform.web.Pages;

/** Trainer → Authoring → Language hints: the terms flagged, and adding one. */
@Named
@ViewScoped
public class HintsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService service;

    private List<LanguageHints.Term> terms;
    private String term;
    private String suggestion;

    @PostConstruct
    void init() {
        terms = service.hintTerms();
    }

    public void add() {
        try {
            service.addHint(term, suggestion);
            Pages.info("'" + term.strip() + "' added to the language hints.");
            term = null;
            suggestion = null;
            terms = service.hintTerms();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public List<LanguageHints.Term> getTerms() {
        return terms;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }
}
