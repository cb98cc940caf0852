package org.maple.practice.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The entries an import source made (also removed ones), by their key in that source; the first of any duplicate key. */
    public Map<String, DirectoryEntry> bySource(String source) {
        Map<String, DirectoryEntry> byKey = new HashMap<>();
        em.createNamedQuery("DirectoryEntry.bySource", DirectoryEntry.class).setParameter("source", source)
                .getResultStream().forEach(d -> byKey.putIfAbsent(d.getSourceKey(), d));
        return byKey;
    }

    public void persist(DirectoryEntry e) {
        em.persist(e);
    }
}
