package org.maple.course.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.maple.course.control.ContentImporter;
import org.maple.course.control.CourseRepository;
import org.maple.course.entity.FileProblem;
import org.maple.course.entity.StoredProblem;
import org.maple.identity.entity.Roles;

/** The admin's content page: reload the content folder and see its problems. Role: admin. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ContentAdminService {

    @Inject
    ContentImporter importer;

    @Inject
    Event<ContentLoaded> loaded;

    @Inject
    ContentRoot root;

    @Inject
    CourseRepository courses;

    /** Use case: reload the courses now. */
    public ContentImporter.ImportSummary reload() {
        return ContentStartup.loadAll(importer, loaded, root.path());
    }

    /** Use case: the problems the last load found. */
    public List<FileProblem> problems() {
        return courses.problems().stream().map(StoredProblem::toProblem).toList();
    }

    public String source() {
        return String.valueOf(root.path());
    }
}
