package org.maple.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ClocksTest {

    @Test
    void instantsAreWholeMicrosecondsAndMillisWork() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-22T10:15:30.123456789Z"), ZoneOffset.UTC);
        Clock c = new Clocks.MicrosecondClock(fixed);
        assertEquals(Instant.parse("2026-11-22T10:15:30.123456Z"), c.instant());
        assertEquals(fixed.millis(), c.millis(), "millis() must not fail (Clock.tick below 1 ms divides by zero)");
        assertTrue(new Clocks().clock().millis() > 0);
    }
}
