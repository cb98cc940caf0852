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

    private LessonPage lesson;

    /** Before rendering: reads {@code c} (course) and {@code l} (lesson) and loads the lesson. */
    public void load() {
        String code = Pages.param("c");
        String key = Pages.param("l");
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

    public LessonPage getLesson() {
        return lesson;
    }
}
