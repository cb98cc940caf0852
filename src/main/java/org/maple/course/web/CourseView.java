package org.maple.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.LearningRecords.CourseOutline;
import org.maple.course.boundary.LearningService;
import org.maple.platform.web.Pages;

/** A course page: what it covers, its lessons and my progress, and where to resume. */
@Named
@RequestScoped
public class CourseView {

    @Inject
    LearningService learning;

    private String code;
    private CourseOutline course;

    public void load() {
        if (code == null || code.isBlank()) {
            Pages.redirect("/learner/course/induction.xhtml");
            return;
        }
        if ("true".equals(Pages.param("completed"))) {
            Pages.info("Lesson done. You have completed this course.");
        } else if (Pages.param("done") != null) {
            Pages.info("Lesson marked as done.");
        }
        try {
            course = learning.course(code);
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CourseOutline getCourse() {
        return course;
    }
}
