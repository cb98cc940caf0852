package org.maple.platform.persistence;

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
 * Database row locks ({@code app_lock}, one row per name) for work that must happen once per
 * cluster. {@link #acquire} blocks: the first node to ask holds the row until its transaction ends,
 * the others wait, then see the work done (start-up seeding, content loading).
 * {@link #tryAcquireUnlessRanWithin} does not wait: a run that finds the row taken, or that another
 * node started within the given time, skips ({@code FOR UPDATE SKIP LOCKED}, on H2 and PostgreSQL
 * alike), so the timers of N nodes firing at the same minute do periodic work once, not N times.
 */
@Dependent
public class ClusterLock {

    private static final String HOLDER = shorten(ManagementFactory.getRuntimeMXBean().getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Blocks until this transaction holds the named lock ({@code app_lock} row). */
    public void acquire(String name) {
        em.createNativeQuery("select name from app_lock where name = ? for update")
                .setParameter(1, name).getResultList();
    }

    /**
     * True when this transaction now holds the named lock and no run (on any node) started less than
     * {@code minGap} ago; then records this run's start and node in the row ({@code acquired_at},
     * {@code holder}). False, at once, when another transaction holds it or it ran too recently.
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
