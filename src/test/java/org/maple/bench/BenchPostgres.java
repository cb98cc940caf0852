package org.maple.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Starts an embedded PostgreSQL (zonky, from Maven Central) for the benchmark, prints its JDBC URL, runs until killed. */
public final class BenchPostgres {

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            System.out.println("JDBC " + pg.getJdbcUrl("postgres", "postgres"));
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
