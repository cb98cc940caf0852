package org.maple.competency.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every hour on every node (non-persistent timers): the course-evidence catch-up of
 * {@link RecomputeService#catchUp(java.time.Duration)}, so a missed completion event is repaired
 * within the hour without an admin. Once per cluster: the first node's timer does it, the others
 * find it done within {@link RecomputeService#HOURLY_GAP} and skip; a run that finds nothing changes nothing.
 */
@Singleton
public class CatchUpTimer {

    private static final Logger LOG = Logger.getLogger(CatchUpTimer.class.getName());

    @Inject
    RecomputeService recompute;

    @Schedule(hour = "*", minute = "43", persistent = false, info = "competency evidence catch-up")
    void hourly() {
        try {
            recompute.catchUp(RecomputeService.HOURLY_GAP);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The competency catch-up failed; it runs again in an hour", e);
        }
    }
}
