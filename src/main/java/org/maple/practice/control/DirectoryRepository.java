package org.maple.practice.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.maple.practice.entity.DirectoryEntry;

/** Queries over the local group directory. */
@Dependent
public class DirectoryRepository {

    @PersistenceContext
    EntityManager em;

    /** Every group in the directory, by day and time (a local directory is small: filtering is in memory). */
    public List<DirectoryEntry> active() {
        return em.createNamedQuery("DirectoryEntry.active", DirectoryEntry.class).getResultList();
    }

    /** Groups last verified before {@code before}, oldest first. */
    public List<DirectoryEntry> verifiedBefore(LocalDate before) {
        return em.createNamedQuery("DirectoryEntry.staleSince", DirectoryEntry.class)
                .setParameter("before", before).getResultList();
    }

    public Optional<DirectoryEntry> find(long id) {
        return Optional.ofNullable(em.find(DirectoryEntry.class, id));
    }

    public Optional<DirectoryEntry> bySource(String source, String key) {
        return em.createNamedQuery("DirectoryEntry.bySource", DirectoryEntry.class)
                .setParameter("source", source).setParameter("key", key).getResultStream().findFirst();
    }

    public void persist(DirectoryEntry e) {
        em.persist(e);
    }
}
