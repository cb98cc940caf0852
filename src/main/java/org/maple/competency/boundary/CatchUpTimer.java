package org.maple.competency.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every hour on every node (non-persistent timers): the course-evidence catch-up of
 * {@link RecomputeService#catchUp()}, so a missed completion event is repaired within the hour
 * without an admin. The database lock serialises the nodes; a run that finds nothing changes nothing.
 */
@Singleton
public class CatchUpTimer {

    private static final Logger LOG = Logger.getLogger(CatchUpTimer.class.getName());

    @Inject
    RecomputeService recompute;

    @Schedule(hour = "*", minute = "43", persistent = false, info = "competency evidence catch-up")
    void hourly() {
        try {
            recompute.catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The competency catch-up failed; it runs again in an hour", e);
        }
    }
}
