package org.maple.course.boundary;

import java.nio.file.Path;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.maple.platform.config.MapleConfig;

/**
 * Where the courses are read from: {@code MAPLE_CONTENT_DIR} (a folder with {@code content/} and
 * {@code quizzes/}) when set, else the copy bundled in the WAR. Loads them when the application starts.
 */
@ApplicationScoped
public class ContentRoot {

    private static final Logger LOG = Logger.getLogger(ContentRoot.class.getName());

    @Inject
    MapleConfig config;

    @Inject
    ContentStartup startup;

    private Path root;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        String bundled = context.getRealPath("/WEB-INF/maple");
        root = config.contentDir().orElseGet(() -> bundled == null ? Path.of("missing-content") : Path.of(bundled));
        LOG.info(() -> "Loading courses from " + root);
        startup.load(root);
    }

    public Path path() {
        return root;
    }
}
