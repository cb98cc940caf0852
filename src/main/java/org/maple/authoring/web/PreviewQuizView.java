package org.maple.authoring.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.maple.authoring.boundary.AuthoringRecords.PreviewResult;
import org.maple.authoring.boundary.PreviewService;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.web.Pages;
import org.maple.quiz.boundary.AttemptsResource;
import org.maple.quiz.entity.GivenAnswer;

/**
 * Take the draft quiz: the paper is drawn and laid out by the quiz engine and the form uses the
 * attempt page's field names; on submit (a plain POST back to this page) it is graded in memory.
 * No attempt, answer or statistic is stored.
 */
@Named
@RequestScoped
public class PreviewQuizView {

    @Inject
    PreviewService preview;

    private String code;
    private long seed = 1;
    private PreviewService.PreviewPaper paper;
    private PreviewResult result;
    private String problem;

    public void load() {
        try {
            Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
            PreviewService.PreviewTake take = preview.take(code, seed, params.containsKey("grade") ? answers(params) : null);
            paper = take.paper();
            result = take.result();
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException) {
                problem = e.getMessage();
            } else {
                Pages.notFound(e);
            }
        }
    }

    /** The answers as the attempt page sends them (the quiz engine's own form reading, with its limits). */
    private static Map<String, GivenAnswer> answers(Map<String, String[]> params) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        params.forEach((name, values) -> form.addAll(name, values));
        return AttemptsResource.formAnswers(form);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public long getNextSeed() {
        return seed + 1;
    }

    public PreviewService.PreviewPaper getPaper() {
        return paper;
    }

    public PreviewResult getResult() {
        return result;
    }

    public String getProblem() {
        return problem;
    }
}
