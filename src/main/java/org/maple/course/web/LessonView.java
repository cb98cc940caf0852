package org.maple.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.LearningRecords.LessonPage;
import org.maple.course.boundary.LearningService;
import org.maple.platform.web.Pages;

/** A lesson page: the text and next/previous; "mark as done" posts to {@code MeResource#doneForm}. */
@Named
@RequestScoped
public class LessonView {

    @Inject
    LearningService learning;

    private String code;
    private String key;
    private LessonPage lesson;

    /** Before rendering: reads {@code c} (course) and {@code l} (lesson) and loads the lesson. */
    public void load() {
        code = Pages.param("c");
        key = Pages.param("l");
        if (code == null || key == null) {
            Pages.redirect("/learner/course/induction.xhtml");
            return;
        }
        if (Pages.param("done") != null) {
            Pages.info("Lesson marked as done.");
        }
        try {
            lesson = learning.lesson(code, key);
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

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public LessonPage getLesson() {
        return lesson;
    }
}
