package org.maple.competency.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    java.time.Clock clock;

    /** Use case: an admin rebuilds every status from the evidence. */
    public RecomputeSummary recomputeAll() {
        return rebuild();
    }

    /** At start, when nothing has been built yet: not reachable from any page or endpoint. */
    @jakarta.annotation.security.PermitAll
    public RecomputeSummary rebuildAtStart() {
        if (repository.hasStatuses()) {
            return null;
        }
        lock.acquire("competency-recompute"); // two nodes starting together: the second waits, then finds them built
        return repository.hasStatuses() ? null : rebuild();
    }

    private RecomputeSummary rebuild() {
        long start = System.nanoTime();
        lock.acquire("competency-recompute");
        StatusCalculator.Context ctx = contexts.create();
        int[] changes = syncEvidence(ctx);
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
        RecomputeSummary s = new RecomputeSummary(people.size(), ctx.framework().units().size(), rows, changes[0],
                changes[1], changes[2], millis);
        LOG.info(() -> "Competency recomputation: " + s);
        return s;
    }

    /** Course evidence again from the enrolments; other evidence re-resolved to current codes. */
    private int[] syncEvidence(StatusCalculator.Context ctx) {
        Map<String, Object[]> wanted = new HashMap<>();
        for (CourseRecords.EnrolmentRecord e : courses.enrolments(null)) {
            Map<String, String> units = UnitCodes.resolve(ctx.framework(), e.danosCodes());
            List<EvidenceItem> items = new ArrayList<>();
            items.add(EvidenceItem.courseStarted(e.enrolmentId(), e.courseCode(), e.startedAt()));
            if (e.complete()) {
                items.add(EvidenceItem.courseCompleted(e.enrolmentId(), e.courseCode(), e.completedAt()));
            }
            for (EvidenceItem item : items) {
                units.forEach((unit, written) -> wanted.put(e.personId() + "|" + unit + "|" + item.kind() + "|"
                        + item.sourceRef(), new Object[] {e.personId(), unit, written, item}));
            }
        }
        int added = 0;
        int removed = 0;
        int recoded = 0;
        Set<String> seen = new HashSet<>();
        for (List<Evidence> list : repository.evidenceOf((List<Long>) null).values()) {
            for (Evidence ev : list) {
                boolean course = ev.getKind() == EvidenceKind.COURSE_COMPLETED || ev.getKind() == EvidenceKind.COURSE_STARTED;
                if (course) {
                    String key = ev.getPersonId() + "|" + ev.key();
                    Object[] w = wanted.get(key);
                    if (w == null) {
                        repository.remove(ev);
                        removed++;
                    } else {
                        seen.add(key);
                        ev.update((EvidenceItem) w[3]);
                    }
                } else {
                    Optional<String> current = ctx.framework().currentCodeOf(ev.getWrittenCode());
                    if (current.isPresent() && !current.get().equals(ev.getUnitCode())) {
                        String key = ev.getPersonId() + "|" + current.get() + "|" + ev.getKind() + "|" + ev.getSourceRef();
                        if (seen.add(key)) {
                            ev.setUnitCode(current.get());
                            recoded++;
                        } else {
                            repository.remove(ev);
                            removed++;
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
                repository.persist(new Evidence((Long) v[0], (String) v[1], (String) v[2], (EvidenceItem) v[3], now));
                added++;
            }
        }
        return new int[] {added, removed, recoded};
    }
}
