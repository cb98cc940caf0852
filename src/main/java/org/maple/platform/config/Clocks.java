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
        // microsecond ticks: what PostgreSQL and H2 TIMESTAMP columns keep, so a time read back equals the one
        // written (not Clock.tick(…, 1 µs): its millis() divides by zero below one millisecond)
        return new MicrosecondClock(Clock.systemUTC());
    }

    /** A clock whose instants are truncated to whole microseconds. */
    static final class MicrosecondClock extends Clock implements java.io.Serializable {

        private static final long serialVersionUID = 1L;
        private final Clock base;

        MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public java.time.ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return new MicrosecondClock(base.withZone(zone));
        }

        @Override
        public java.time.Instant instant() {
            return base.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return base.millis();
        }
    }
}
