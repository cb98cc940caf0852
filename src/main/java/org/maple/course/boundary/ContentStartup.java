package org.maple.course.boundary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.maple.course.control.ContentImporter;
import org.maple.course.control.ParsedLesson;
import org.maple.identity.boundary.IdentityBootstrap;

/** Start-up work of the course feature: load the content, add demo progress to a new demo organisation. */
@Stateless
@PermitAll
public class ContentStartup {

    private static final Logger LOG = Logger.getLogger(ContentStartup.class.getName());

    @Inject
    ContentImporter importer;

    @Inject
    Event<ContentLoaded> loaded;

    @Inject
    IdentityBootstrap identity;

    @Inject
    DemoProgress demo;

    /** Called once per start by {@link ContentRoot}; not reachable from any page or endpoint. */
    public void load(Path root) {
        ContentImporter.ImportSummary s = loadAll(importer, loaded, root);
        LOG.info(() -> "Content loaded: new versions " + s.newVersions() + ", " + s.unchanged() + " unchanged, "
                + s.errorCount() + " problems");
        s.problems().stream().filter(p -> !p.isNote()).forEach(p -> LOG.warning("Content problem: " + p));
        if (identity.demoCreated()) {
            demo.addDemoProgress();
        }
    }

    /** Loads the courses, then lets other features load their files (see {@link ContentLoaded}). */
    static ContentImporter.ImportSummary loadAll(ContentImporter importer, Event<ContentLoaded> loaded, Path root) {
        ContentImporter.ImportRun run = importer.importFrom(root);
        List<ContentLoaded.LoadedCourse> courses = run.library().courses().stream()
                .map(c -> new ContentLoaded.LoadedCourse(c.id(), c.contentHash(), c.lessons().stream().map(ParsedLesson::key).toList()))
                .toList();
        ContentLoaded event = new ContentLoaded(root, run.library().framework(), courses, new ArrayList<>(), new ArrayList<>());
        loaded.fire(event);
        return importer.including(run.summary(), event.newVersions(), event.problems());
    }
}
