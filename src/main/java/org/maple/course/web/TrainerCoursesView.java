package org.maple.course.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.CatalogService;

/** Trainer → Courses: every course with its version history. */
@Named
@RequestScoped
public class TrainerCoursesView {

    @Inject
    CatalogService catalog;

    private final Map<CatalogService.CourseSummary, List<CatalogService.VersionSummary>> courses = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        for (CatalogService.CourseSummary c : catalog.courses()) {
            courses.put(c, catalog.history(c.id()));
        }
    }

    public List<CatalogService.CourseSummary> getCourses() {
        return List.copyOf(courses.keySet());
    }

    public List<CatalogService.VersionSummary> versions(CatalogService.CourseSummary c) {
        return courses.get(c);
    }
}
