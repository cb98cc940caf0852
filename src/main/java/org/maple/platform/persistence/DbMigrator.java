package org.maple.platform.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration} before any
 * other start-up work. Flyway's own lock makes two nodes starting together safe.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DbMigrator {

    private static final Logger LOG = Logger.getLogger(DbMigrator.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        var result = flyway.migrate();
        // targetSchemaVersion is null when nothing was applied: then ask for the current version
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied)");
    }
}
