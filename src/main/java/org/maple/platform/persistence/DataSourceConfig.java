package org.maple.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares MAPLE's data source from MicroProfile Config: {@code MAPLE_DB_URL} (default
 * {@code embedded}), {@code MAPLE_DB_USER}, {@code MAPLE_DB_PASSWORD}, {@code MAPLE_DATA_DIR}.
 * Each pooled connection caches its 200 most used prepared statements (without it H2 parsed every
 * query again on every request). The blank cache type means "LRU": left out, Payara reads it as the
 * class name "null" and caches nothing (payara/Payara#6647).
 */
@DataSourceDefinition(name = DataSourceConfig.JNDI,
        className = "org.maple.platform.persistence.MapleDataSource",
        url = "${MPCONFIG=maple.db.url}",
        user = "${MPCONFIG=maple.db.user}",
        password = "${MPCONFIG=maple.db.password}",
        properties = {"dataDir=${MPCONFIG=maple.data.dir}",
                "fish.payara.statement-cache-size=200",
                "fish.payara.statement-cache-type= "},
        minPoolSize = 2, maxPoolSize = 32)
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI = "java:app/jdbc/maple";
}
