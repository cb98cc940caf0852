package org.maple.course.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.LearningRecords.CourseProgress;
import org.maple.course.boundary.LearningService;
import org.maple.course.entity.CourseStatus;

/** "My induction": my assigned courses, due dates, status and progress. */
@Named
@RequestScoped
public class InductionView {

    @Inject
    LearningService learning;

    private List<CourseProgress> courses;

    @PostConstruct
    void load() {
        courses = learning.myCourses();
    }

    public List<CourseProgress> getCourses() {
        return courses;
    }

    public long getCompleteCount() {
        return courses.stream().filter(c -> c.status() == CourseStatus.COMPLETE).count();
    }

    public long getOverdueCount() {
        return courses.stream().filter(c -> c.status() == CourseStatus.OVERDUE).count();
    }
}
