package org.maple.authoring.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.maple.authoring.boundary.AuthoringRecords.CourseRow;
import org.maple.authoring.boundary.AuthoringRecords.ImportReport;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.boundary.DraftService;
import org.maple.authoring.boundary.TransferService;
import org.maple.platform.web.Pages;

/** Trainer → Authoring: the courses, their drafts, a new course, a ZIP import. */
@Named
@ViewScoped
public class AuthoringCoursesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftService drafts;

    @Inject
    TransferService transfer;

    private List<CourseRow> courses;
    private String newCode;
    private transient Part zip;
    private List<Problem> importProblems = List.of();

    @PostConstruct
    void init() {
        courses = drafts.courses();
    }

    /** Opens (or creates) the draft and goes to it. */
    public void edit(String code) {
        try {
            drafts.open(code);
            Pages.redirect("/trainer/authoring/draft.xhtml?c=" + Pages.url(code));
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void create() {
        edit(newCode == null ? "" : newCode.strip());
    }

    public void importZip() {
        try {
            if (zip == null || zip.getSize() == 0) {
                Pages.error(null, "Choose a ZIP file to import.");
                return;
            }
            if (zip.getSize() > 4 * 1024 * 1024) {
                Pages.error(null, "The ZIP is larger than 4 MiB.");
                return;
            }
            byte[] bytes;
            try (var in = zip.getInputStream()) {
                bytes = in.readAllBytes();
            }
            ImportReport r = transfer.importZip(bytes);
            importProblems = r.problems();
            if (r.imported().isEmpty()) {
                Pages.error(null, "Nothing was imported; see the problems below.");
            } else {
                Pages.info("Imported " + r.imported().size() + " files into the draft.");
                courses = drafts.courses();
            }
        } catch (java.io.IOException e) {
            Pages.error(null, "The file could not be read.");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public List<CourseRow> getCourses() {
        return courses;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public Part getZip() {
        return zip;
    }

    public void setZip(Part zip) {
        this.zip = zip;
    }

    public List<Problem> getImportProblems() {
        return importProblems;
    }
}
