package org.maple.certificate.control;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A non-blocking cluster lock for the renewal job: the run that gets the {@code app_lock} row holds
 * it until its transaction ends; a run on another node (or a second run here) that finds it taken
 * skips instead of queueing ({@code FOR UPDATE SKIP LOCKED}, on H2 and PostgreSQL alike). The row
 * also keeps when the last run started and where ({@code acquired_at}, {@code holder}), so the
 * timers of N nodes firing at the same minute do the work once, not once after another.
 */
@Dependent
public class JobLock {

    private static final String HOLDER = shorten(ManagementFactory.getRuntimeMXBean().getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** True when this transaction now holds the named lock; false when another transaction does. */
    public boolean tryAcquire(String name) {
        return tryAcquireUnlessRanWithin(name, Duration.ZERO);
    }

    /**
     * True when this transaction now holds the named lock and no run (on any node) started less than
     * {@code minGap} ago; then records this run's start. False when another transaction holds it, or
     * when it ran too recently.
     */
    public boolean tryAcquireUnlessRanWithin(String name, Duration minGap) {
        List<?> rows = em.createNativeQuery("select name, acquired_at from app_lock where name = ? for update skip locked")
                .setParameter(1, name).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime last = time(((Object[]) rows.get(0))[1]);
        if (last != null && Duration.between(last, now).abs().compareTo(minGap) < 0) {
            return false;
        }
        em.createNativeQuery("update app_lock set holder = ?, acquired_at = ? where name = ?")
                .setParameter(1, HOLDER).setParameter(2, Timestamp.valueOf(now)).setParameter(3, name).executeUpdate();
        return true;
    }

    private static LocalDateTime time(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.util.Date d) {
            return new Timestamp(d.getTime()).toLocalDateTime();
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) : s;
    }
}
