package org.maple.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.PreviewService;
import org.maple.course.boundary.LearningRecords.LessonPage;
import org.maple.platform.web.Pages;

/** Preview as a learner: a draft lesson through the learners' own lesson markup; records nothing. */
@Named
@RequestScoped
public class PreviewView {

    @Inject
    PreviewService preview;

    private String code;
    private String key;
    private LessonPage lesson;
    private String problem;

    public void load() {
        try {
            lesson = preview.lesson(code, key);
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public LessonPage getLesson() {
        return lesson;
    }

    public String getProblem() {
        return problem;
    }
}
