package org.maple.platform.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The clock every feature reads "now" and "today" from (UTC, microsecond ticks), so rules can be tested at any date. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // microsecond ticks: what PostgreSQL and H2 TIMESTAMP columns keep, so a time read back equals the one written
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1000));
    }
}
