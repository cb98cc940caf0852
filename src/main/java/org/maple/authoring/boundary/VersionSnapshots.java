package org.maple.authoring.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.maple.authoring.control.AuthoringRepository;
import org.maple.authoring.control.DraftPaths;
import org.maple.course.boundary.ContentLoaded;
import org.maple.course.control.CourseRepository;
import org.maple.course.entity.CourseVersion;

/**
 * Keeps the files of every course version loaded from the content folder (at start and on reload,
 * in the loading transaction, from what the load parsed; the files are read only for a version
 * whose files are not kept yet), so a trainer can open a draft from it, export it byte for byte,
 * diff it and restore it. A version published in the app keeps its files when it is published.
 */
@Dependent
public class VersionSnapshots {

    private static final Logger LOG = Logger.getLogger(VersionSnapshots.class.getName());

    @Inject
    AuthoringRepository repo;

    @Inject
    CourseRepository courses;

    void onContentLoaded(@Observes ContentLoaded loaded) {
        Path root = loaded.root();
        for (ContentLoaded.LoadedCourse c : loaded.courses()) {
            Optional<CourseVersion> current = courses.current(c.code());
            if (current.isEmpty() || !current.get().getContentHash().equals(c.contentHash())
                    || repo.hasVersionFiles(c.code(), current.get().getVersionNo())) {
                continue;
            }
            try {
                repo.keepVersionFiles(c.code(), current.get().getVersionNo(), read(root, c));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not keep the files of " + c.code(), e);
            }
        }
    }

    /** The files of one course as they are in a content root. */
    static Map<String, String> read(Path root, ContentLoaded.LoadedCourse c) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        String code = c.code();
        files.put(DraftPaths.descriptor(code), text(root.resolve(DraftPaths.descriptor(code))));
        for (String key : c.lessonKeys()) {
            files.put(DraftPaths.lesson(code, key), text(root.resolve(DraftPaths.lesson(code, key))));
        }
        Path bank = root.resolve(DraftPaths.bank(code));
        if (Files.isRegularFile(bank)) {
            files.put(DraftPaths.bank(code), text(bank));
        }
        return files;
    }

    private static String text(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
