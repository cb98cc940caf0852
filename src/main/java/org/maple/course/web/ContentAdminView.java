package org.maple.course.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.course.boundary.CatalogService;
import org.maple.course.boundary.ContentAdminService;
import org.maple.course.control.ContentImporter;
import org.maple.course.entity.FileProblem;
import org.maple.platform.web.Pages;

/** Admin → Content: the loaded courses, the last load's problems, and "reload now". */
@Named
@RequestScoped
public class ContentAdminView {


    @Inject
    ContentAdminService admin;

    @Inject
    CatalogService catalog;

    private List<CatalogService.CourseSummary> courses;
    private List<FileProblem> problems;
    private String lastResult;

    @PostConstruct
    void init() {
        refresh();
    }

    public void reload() {
        try {
            ContentImporter.ImportSummary s = admin.reload();
            lastResult = (s.newVersions().isEmpty() ? "No course changed" : "New versions: " + String.join(", ", s.newVersions()))
                    + "; " + s.unchanged() + " unchanged; " + s.errorCount() + " problems.";
            Pages.info(lastResult);
        } catch (RuntimeException e) {
            Pages.error(e);
        }
        refresh();
    }

    private void refresh() {
        courses = catalog.courses();
        problems = admin.problems();
    }

    public List<CatalogService.CourseSummary> getCourses() {
        return courses;
    }

    public List<FileProblem> getProblems() {
        return problems;
    }

    public String getSource() {
        return admin.source();
    }

    public String getLastResult() {
        return lastResult;
    }
}
