package org.maple.certificate.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Fires the renewal job every hour on every node (non-persistent timers); the job runs once per
 * cluster: the database lock lets one node in at a time and its row records the last start, so the
 * other nodes' timers of the same hour skip (and the unique reminder rows make any extra run harmless).
 */
@Singleton
public class RenewalTimer {

    private static final Logger LOG = Logger.getLogger(RenewalTimer.class.getName());

    @Inject
    RenewalService renewal;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "certificate renewal and reminders")
    void hourly() {
        try {
            renewal.runScheduled();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The certificate renewal job failed; it runs again in an hour", e);
        }
    }
}
