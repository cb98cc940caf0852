package org.maple.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.LearningRecords.LessonDone;
import org.maple.course.boundary.LearningRecords.LessonPage;
import org.maple.course.boundary.LearningService;
import org.maple.platform.web.Pages;

/** A lesson page: the text, next/previous, and "mark as done". */
@Named
@RequestScoped
public class LessonView {

    @Inject
    LearningService learning;

    private String code;
    private String key;
    private LessonPage lesson;

    public void load() {
        if (code == null || key == null) {
            Pages.redirect("/learner/course/induction.xhtml");
            return;
        }
        try {
            lesson = learning.lesson(code, key);
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    /** Marks this lesson done and goes on to the next lesson, or back to the course when it was the last. */
    public void complete() {
        try {
            LessonDone done = learning.completeLesson(code, key);
            if (done.courseComplete()) {
                Pages.info("Lesson done. You have completed this course.");
            } else {
                Pages.info("Lesson marked as done.");
            }
            Pages.redirect(done.nextKey() != null
                    ? "/learner/course/lesson.xhtml?c=" + Pages.url(code) + "&l=" + Pages.url(done.nextKey())
                    : "/learner/course/course.xhtml?c=" + Pages.url(code));
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
