package org.maple.competency.boundary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.control.StatusRules.Assessment;
import org.maple.competency.control.UnitCodes;
import org.maple.competency.entity.Decision;
import org.maple.competency.entity.Evidence;
import org.maple.competency.entity.EvidenceItem;
import org.maple.competency.entity.EvidenceKind;
import org.maple.course.boundary.CompletionValidity;
import org.maple.course.boundary.CourseRecords;
import org.maple.identity.entity.Roles;
import org.maple.platform.persistence.ClusterLock;

/**
 * Rebuilds every competency status from the evidence: course evidence is derived again from the
 * course records (so completions made before this feature existed, or events missed, count), codes
 * are resolved again against the framework in force, then every status row is rebuilt. Gives the
 * same result as the statuses kept up to date by events. Role: admin.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RecomputeService {

    private static final Logger LOG = Logger.getLogger(RecomputeService.class.getName());

    /** What a recomputation did. */
    public record RecomputeSummary(int people, int units, int statuses, int evidenceAdded, int evidenceRemoved,
            int evidenceRecoded, long millis) implements java.io.Serializable {
    }

    @Inject
    CompetencyRepository repository;

    @Inject
    CourseRecords courses;

    @Inject
    ContextFactory contexts;

    @Inject
    ClusterLock lock;

    @Inject
    StatusCalculator calculator;

    @Inject
    CertifiedEvidence certified;

    @Inject
    java.time.Clock clock;

    /** Use case: an admin rebuilds every status from the evidence. */
    public RecomputeSummary recomputeAll() {
        return rebuild(Level.WARNING);
    }

    /** At start, when nothing has been built yet: not reachable from any page or endpoint. */
    @jakarta.annotation.security.PermitAll
    public RecomputeSummary rebuildAtStart() {
        if (repository.hasStatuses()) {
            return null;
        }
        lock.acquire("competency-recompute"); // two nodes starting together: the second waits, then finds them built
        return repository.hasStatuses() ? null : rebuild(Level.FINE); // a first build: nothing was missed
    }

    /** The start-up catch-up skips when any node ran one this recently (nodes starting together). */
    public static final Duration START_GAP = Duration.ofMinutes(10);
    /** The hourly catch-up skips when any node ran one this recently: once per cluster per hour. */
    public static final Duration HOURLY_GAP = Duration.ofMinutes(50);

    /** The catch-up now, unless one is running on some node (tests, tools). */
    @jakarta.annotation.security.PermitAll
    public int catchUp() {
        return catchUp(Duration.ZERO);
    }

    /**
     * Catch-up (at start and every hour, run by MAPLE itself): course evidence derived again from the
     * course records, and only the people whose evidence was missing or out of date recomputed. Each
     * item caught up is logged, since it means an event was missed. Once per cluster: skipped when a
     * catch-up is running on another node or one started less than {@code minGap} ago. Returns how
     * many people changed (0 when skipped).
     */
    @jakarta.annotation.security.PermitAll
    public int catchUp(Duration minGap) {
        if (!lock.tryAcquireUnlessRanWithin("competency-catch-up", minGap)) { // held until this transaction ends
            LOG.fine("Competency catch-up: running or run recently on some node; skipped");
            return 0;
        }
        lock.acquire("competency-recompute"); // never alongside a rebuild
        StatusCalculator.Context ctx = contexts.create();
        Sync sync = syncEvidence(ctx, false, Level.WARNING);
        if (sync.people().isEmpty()) {
            return 0;
        }
        repository.flush();
        for (PersonRow p : repository.people(sync.people())) {
            repository.lockPerson(p.id()); // as the events do: one writer of a person's statuses at a time
            calculator.recompute(p, ctx);
        }
        LOG.warning(() -> "Competency catch-up: " + sync.added() + " course evidence added, " + sync.removed()
                + " removed, " + sync.updated() + " updated for " + sync.people().size() + " people");
        return sync.people().size();
    }

    private RecomputeSummary rebuild(Level missed) {
        long start = System.nanoTime();
        lock.acquire("competency-recompute");
        StatusCalculator.Context ctx = contexts.create();
        Sync sync = syncEvidence(ctx, true, missed);
        repository.flushAndClear();
        repository.clearStatuses();
        List<PersonRow> people = repository.people((Long) null);
        Map<Long, List<Evidence>> evidence = repository.evidenceOf((List<Long>) null);
        Map<Long, List<Decision>> decisions = repository.decisionsOf((List<Long>) null);
        int rows = 0;
        for (PersonRow p : people) {
            Map<String, Assessment> assessed = StatusCalculator.assess(p, evidence.getOrDefault(p.id(), List.of()),
                    decisions.getOrDefault(p.id(), List.of()), ctx);
            for (Map.Entry<String, Assessment> a : assessed.entrySet()) {
                repository.persist(StatusCalculator.row(p.id(), a.getKey(), a.getValue(), ctx));
                rows++;
            }
            if (rows % 2000 < assessed.size()) {
                repository.flushAndClear();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        RecomputeSummary s = new RecomputeSummary(people.size(), ctx.framework().units().size(), rows, sync.added(),
                sync.removed(), sync.recoded(), millis);
        LOG.info(() -> "Competency recomputation: " + s);
        return s;
    }

    /** What a synchronisation of the stored evidence with its sources changed, and for whom. */
    record Sync(int added, int removed, int recoded, int updated, Set<Long> people) {
    }

    /**
     * Course evidence again from the enrolments (the same rules as the events: started = a lesson done,
     * see {@link CourseRecords#enrolmentsWithLessonsDone}; completed = the enrolment's completion);
     * with {@code everything}, other evidence re-resolved to current codes too.
     */
    private Sync syncEvidence(StatusCalculator.Context ctx, boolean everything, Level missed) {
        // stored evidence first, then its sources: evidence an event records meanwhile is then either
        // seen here or not wanted yet, so it is never removed by mistake (events take no cluster lock)
        List<Object[]> storedRows = everything ? List.of() : repository.courseEvidenceRows();
        Map<Long, List<Evidence>> storedEntities = everything ? repository.evidenceOf((List<Long>) null) : Map.of();
        Map<String, Object[]> wanted = new HashMap<>();
        Set<Long> started = courses.enrolmentsWithLessonsDone(null);
        Map<Long, CompletionValidity.Certified> certificates = certified.byEnrolment((List<Long>) null);
        for (CourseRecords.EnrolmentRecord e : courses.enrolments(null)) {
            Map<String, String> units = UnitCodes.resolve(ctx.framework(), e.danosCodes());
            List<EvidenceItem> items = new ArrayList<>();
            if (started.contains(e.enrolmentId())) {
                items.add(EvidenceItem.courseStarted(e.enrolmentId(), e.courseCode(), e.startedAt()));
            }
            if (e.complete()) {
                items.add(CertifiedEvidence.completed(e.enrolmentId(), e.courseCode(), e.completedAt(),
                        certificates.get(e.enrolmentId())));
            }
            for (EvidenceItem item : items) {
                units.forEach((unit, written) -> wanted.put(e.personId() + "|" + unit + "|" + item.kind() + "|"
                        + item.sourceRef(), new Object[] {e.personId(), unit, written, item}));
            }
        }
        Counts n = new Counts();
        Set<String> seen = new HashSet<>();
        if (!everything) {
            // the hourly catch-up: plain rows, and an entity only for what changes (no 50,000 managed entities)
            for (Object[] r : storedRows) {
                long person = (Long) r[1];
                EvidenceItem have = new EvidenceItem((EvidenceKind) r[3], (String) r[4], (String) r[5],
                        (java.time.LocalDateTime) r[6], 0, 0, (String) r[7], (java.time.LocalDate) r[8]);
                long id = (Long) r[0];
                syncCourse(person + "|" + r[2] + "|" + r[3] + "|" + r[4], person, have, () -> repository.evidence(id),
                        wanted, seen, n, missed);
            }
        } else {
            for (List<Evidence> list : storedEntities.values()) {
                for (Evidence ev : list) {
                    boolean course = ev.getKind() == EvidenceKind.COURSE_COMPLETED
                            || ev.getKind() == EvidenceKind.COURSE_STARTED;
                    if (course) {
                        syncCourse(ev.getPersonId() + "|" + ev.key(), ev.getPersonId(), ev.toItem(), () -> ev, wanted,
                                seen, n, missed);
                        continue;
                    }
                    Optional<String> current = ctx.framework().currentCodeOf(ev.getWrittenCode());
                    if (current.isPresent() && !current.get().equals(ev.getUnitCode())) {
                        String key = ev.getPersonId() + "|" + current.get() + "|" + ev.getKind() + "|" + ev.getSourceRef();
                        n.people.add(ev.getPersonId());
                        if (seen.add(key)) {
                            ev.setUnitCode(current.get());
                            n.recoded++;
                        } else {
                            repository.remove(ev);
                            n.removed++;
                        }
                    } else {
                        seen.add(ev.getPersonId() + "|" + ev.key());
                    }
                }
            }
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        for (Map.Entry<String, Object[]> w : wanted.entrySet()) {
            if (!seen.contains(w.getKey())) {
                Object[] v = w.getValue();
                EvidenceItem item = (EvidenceItem) v[3];
                if (!everything && repository.evidenceBySource((Long) v[0], item.kind(), item.sourceRef()).stream()
                        .anyMatch(e -> e.getUnitCode().equals(v[1]))) {
                    continue; // recorded by its event since the stored evidence was read (catch-up: rare, so checked)
                }
                LOG.log(missed, () -> "Competency evidence missing (an event was not recorded), added: " + w.getKey());
                repository.persist(new Evidence((Long) v[0], (String) v[1], (String) v[2], (EvidenceItem) v[3], now));
                n.people.add((Long) v[0]);
                n.added++;
            }
        }
        return new Sync(n.added, n.removed, n.recoded, n.updated, n.people);
    }

    /** Running totals of a synchronisation. */
    private static final class Counts {
        int added;
        int removed;
        int recoded;
        int updated;
        final Set<Long> people = new HashSet<>();
    }

    /** One stored piece of course evidence against what the course records want: kept, updated or removed. */
    private void syncCourse(String key, long person, EvidenceItem have, java.util.function.Supplier<Evidence> entity,
            Map<String, Object[]> wanted, Set<String> seen, Counts n, Level missed) {
        Object[] w = wanted.get(key);
        if (w == null) {
            LOG.log(missed, () -> "Competency evidence no longer backed by the course records, removed: " + key);
            repository.remove(entity.get());
            n.people.add(person);
            n.removed++;
            return;
        }
        seen.add(key);
        EvidenceItem item = (EvidenceItem) w[3];
        if (!item.equals(have)) {
            LOG.log(missed, () -> "Competency evidence out of date (an event was not recorded), updated: " + key);
            entity.get().update(item);
            n.people.add(person);
            n.updated++;
        }
    }
}
