package org.maple.authoring.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuthoringRecords.PreviewResult;
import org.maple.authoring.boundary.PreviewService;
import org.maple.platform.web.Pages;
import org.maple.quiz.entity.GivenAnswer;
import org.maple.quiz.entity.SheetQuestion;

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
            paper = preview.quiz(code, seed);
            Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
            if (params.containsKey("grade")) {
                result = preview.grade(code, seed, answers(params));
            }
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t instanceof jakarta.ejb.EJBException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof org.maple.platform.error.InvalidInputException) {
                problem = t.getMessage();
            } else {
                Pages.notFound(e);
            }
        }
    }

    /** The answers as the attempt page sends them: c.&lt;id&gt;, m.&lt;id&gt;.&lt;i&gt;, o.&lt;id&gt;, t.&lt;id&gt; (screen positions). */
    private Map<String, GivenAnswer> answers(Map<String, String[]> params) {
        Map<String, GivenAnswer> out = new HashMap<>();
        for (SheetQuestion q : paper.questions()) {
            String id = q.id();
            if (q.isSingle() || q.isMultiple()) {
                out.put(id, new GivenAnswer(ints(params.get("c." + id)), null, null, null));
            } else if (q.isMatching()) {
                List<Integer> m = new ArrayList<>();
                for (int i = 0; i < q.prompts().size(); i++) {
                    String[] v = params.get("m." + id + "." + i);
                    m.add(v == null || v[0].isBlank() ? -1 : parse(v[0]));
                }
                out.put(id, new GivenAnswer(null, m, null, null));
            } else if (q.isOrdering()) {
                String[] v = params.get("o." + id);
                out.put(id, new GivenAnswer(null, null, v == null ? null : ints(v[0].split(",")), null));
            } else {
                String[] v = params.get("t." + id);
                out.put(id, new GivenAnswer(null, null, null, v == null ? "" : v[0]));
            }
        }
        return out;
    }

    private static List<Integer> ints(String[] values) {
        List<Integer> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (!v.isBlank()) {
                    out.add(parse(v));
                }
            }
        }
        return out;
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
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
