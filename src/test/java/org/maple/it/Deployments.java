package org.maple.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds a test deployment from the real WAR that {@code package} made (every feature, exactly as
 * shipped), with its own database and, optionally, its own copy of the content folder.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The shipped WAR with an own database; content is the copy bundled in the WAR. */
    public static WebArchive app(String name) {
        return app(name, null);
    }

    /** The shipped WAR with an own database, loading content from {@code contentRoot} (holding content/ and quizzes/). */
    public static WebArchive app(String name, Path contentRoot) {
        File war = new File(System.getProperty("maple.war", "target/maple.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        String config = "maple.db.url=" + TestDatabase.urlFor(name) + "\n"
                + "maple.db.user=" + TestDatabase.user() + "\n"
                + "maple.db.password=" + TestDatabase.password() + "\n"
                + "maple.demo=true\n"
                + "maple.login.max-failures=5\n"
                + (contentRoot == null ? "" : "maple.content.dir=" + contentRoot.toAbsolutePath() + "\n");
        archive.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
        archive.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
        return archive;
    }

    /** {@link #app(String)} plus the test-only {@link ItFixtures} endpoint ({@code POST /api/it-fixtures/...}). */
    public static WebArchive withFixtures(String name) {
        return app(name).addClass(ItFixtures.class);
    }

    /** Where {@link #contentCopy} puts the copy named {@code name}. */
    public static Path contentCopyPath(String name) {
        Path root = Path.of(System.getProperty("maple.root", ".")).toAbsolutePath();
        return root.resolve("target/it-content/" + name + (TestDatabase.postgres() ? "-pg" : "-h2"));
    }

    /** A private copy of the repository's content/ and quizzes/ that a test may change. */
    public static Path contentCopy(String name) {
        Path root = Path.of(System.getProperty("maple.root", ".")).toAbsolutePath();
        Path target = contentCopyPath(name);
        try {
            if (Files.exists(target)) {
                try (Stream<Path> walk = Files.walk(target)) {
                    walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
                }
            }
            for (String dir : new String[] {"content", "quizzes"}) {
                Path from = root.resolve(dir);
                try (Stream<Path> walk = Files.walk(from)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        Path to = target.resolve(dir).resolve(from.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
