package org.maple.course.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.maple.course.control.DanosFrameworkParser;
import org.maple.course.entity.DanosFramework;

/**
 * The DANOS framework in force, read from {@code content/danos.yaml} of the content root, for other
 * features (competency). Re-read when the file changes (checked by its time and size, so every
 * node of a cluster reading the same folder agrees without a database copy).
 */
@ApplicationScoped
public class DanosCatalog {

    private static final Logger LOG = Logger.getLogger(DanosCatalog.class.getName());

    @Inject
    ContentRoot root;

    private volatile Snapshot snapshot;

    private record Snapshot(Path path, FileTime modified, long size, DanosFramework framework) implements java.io.Serializable {
    }

    /** The framework as the file now says (an empty framework when it cannot be read). */
    public DanosFramework framework() {
        Path path = root.path() == null ? null : root.path().resolve("content").resolve("danos.yaml");
        if (path == null) {
            return DanosFramework.empty();
        }
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(path);
            size = Files.size(path);
        } catch (IOException e) {
            return DanosFramework.empty();
        }
        Snapshot s = snapshot;
        if (s != null && s.path().equals(path) && Objects.equals(s.modified(), modified) && s.size() == size) {
            return s.framework();
        }
        DanosFrameworkParser.Result r = new DanosFrameworkParser().parse(path, "content/danos.yaml");
        if (!r.valid()) {
            LOG.warning(() -> "content/danos.yaml has problems; see Admin, Content: " + r.problems());
        }
        snapshot = new Snapshot(path, modified, size, r.framework());
        return r.framework();
    }
}
