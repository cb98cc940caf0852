package org.maple.certificate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A non-blocking cluster lock for the renewal job: the run that gets the {@code app_lock} row holds
 * it until its transaction ends; a run on another node (or a second run here) that finds it taken
 * skips instead of queueing ({@code FOR UPDATE SKIP LOCKED}, on H2 and PostgreSQL alike).
 */
@Dependent
public class JobLock {

    @PersistenceContext
    EntityManager em;

    /** True when this transaction now holds the named lock; false when another transaction does. */
    public boolean tryAcquire(String name) {
        return !em.createNativeQuery("select name from app_lock where name = ? for update skip locked")
                .setParameter(1, name).getResultList().isEmpty();
    }
}
