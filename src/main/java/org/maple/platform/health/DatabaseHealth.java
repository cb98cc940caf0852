package org.maple.platform.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.maple.platform.persistence.DataSourceConfig;

/** {@code /health}: ready when the database answers a query and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = DataSourceConfig.JNDI)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("database");
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from app_lock")) {
            rs.next();
            return builder.up()
                    .withData("product", c.getMetaData().getDatabaseProductName())
                    .withData("millis", (System.nanoTime() - start) / 1_000_000)
                    .build();
        } catch (Exception e) {
            return builder.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
