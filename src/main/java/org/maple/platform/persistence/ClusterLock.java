package org.maple.platform.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A database row lock for work that must happen once per cluster (start-up seeding, content
 * loading): the first node to ask holds it until its transaction ends; the others wait, then see
 * the work done.
 */
@Dependent
public class ClusterLock {

    @PersistenceContext
    EntityManager em;

    /** Blocks until this transaction holds the named lock ({@code app_lock} row). */
    public void acquire(String name) {
        em.createNativeQuery("select name from app_lock where name = ? for update")
                .setParameter(1, name).getResultList();
    }
}
