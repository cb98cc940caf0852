package org.maple.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.competency.control.StatusRules.Assessment;
import org.maple.competency.control.StatusRules.UnitInput;
import org.maple.competency.entity.CompetencyPolicy;
import org.maple.competency.entity.Decision;
import org.maple.competency.entity.DecisionItem;
import org.maple.competency.entity.Evidence;
import org.maple.competency.entity.EvidenceItem;
import org.maple.competency.entity.UnitStatus;
import org.maple.course.boundary.CourseRecords.CourseUnits;
import org.maple.course.entity.DanosFramework;

/**
 * Applies {@link StatusRules} to a person's stored evidence and decisions in every unit of the
 * framework, and writes the outcome into the materialised status rows.
 */
@Dependent
public class StatusCalculator {

    /** What every assessment of one request shares: the framework, the current courses, the policy, today. */
    public static final class Context {
        private final DanosFramework framework;
        private final CompetencyPolicy policy;
        private final LocalDate today;
        private final Map<String, List<CourseUnits>> coursesByUnit = new HashMap<>();
        private final List<CourseUnits> courses;

        public Context(DanosFramework framework, List<CourseUnits> courses, CompetencyPolicy policy, LocalDate today) {
            this.framework = framework;
            this.policy = policy;
            this.today = today;
            this.courses = List.copyOf(courses);
            for (CourseUnits c : courses) {
                for (String unit : UnitCodes.resolve(framework, c.danosCodes()).keySet()) {
                    coursesByUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(c);
                }
            }
        }

        public DanosFramework framework() {
            return framework;
        }

        public CompetencyPolicy policy() {
            return policy;
        }

        public LocalDate today() {
            return today;
        }

        public List<CourseUnits> courses() {
            return courses;
        }

        /** A course's current title, or its code when it is no longer current. */
        public String courseTitle(String code) {
            return courses.stream().filter(c -> c.code().equals(code)).map(CourseUnits::title).findFirst()
                    .orElse(code == null ? "" : code);
        }

        /** The current courses assigned to someone with these roles that map to the unit: code → title. */
        public Map<String, String> requiredCourses(String unit, Collection<String> roles) {
            Map<String, String> out = new LinkedHashMap<>();
            for (CourseUnits c : coursesByUnit.getOrDefault(unit, List.of())) {
                if (c.assignedTo(roles)) {
                    out.put(c.code(), c.title());
                }
            }
            return out;
        }
    }

    @Inject
    CompetencyRepository repository;

    /** The rules applied to every unit of the framework for one person (pure; stores nothing). */
    public static Map<String, Assessment> assess(PersonRow person, List<Evidence> evidence, List<Decision> decisions,
            Context ctx) {
        return assess(person, evidence, decisions, ctx, null);
    }

    /** The rules applied to some units of the framework ({@code only}; every unit when null). */
    static Map<String, Assessment> assess(PersonRow person, List<Evidence> evidence, List<Decision> decisions,
            Context ctx, Set<String> only) {
        Map<String, List<EvidenceItem>> items = new HashMap<>();
        evidence.forEach(e -> items.computeIfAbsent(e.getUnitCode(), k -> new ArrayList<>()).add(e.toItem()));
        Map<String, List<DecisionItem>> decided = new HashMap<>();
        decisions.forEach(d -> decided.computeIfAbsent(d.getUnitCode(), k -> new ArrayList<>()).add(d.toItem()));
        Map<String, Assessment> out = new LinkedHashMap<>();
        for (DanosFramework.Unit unit : ctx.framework().units()) {
            if (only != null && !only.contains(unit.code())) {
                continue;
            }
            UnitInput in = new UnitInput(unit.code(), unit.refreshMonths(),
                    ctx.requiredCourses(unit.code(), person.roles()),
                    items.getOrDefault(unit.code(), List.of()), decided.getOrDefault(unit.code(), List.of()));
            out.put(unit.code(), StatusRules.assess(in, ctx.today(), ctx.policy()));
        }
        return out;
    }

    /** Recomputes one person from their stored evidence and decisions and stores the outcome. */
    public Map<String, Assessment> recompute(PersonRow person, Context ctx) {
        return recompute(person, repository.statusesOf(person.id()), ctx);
    }

    private Map<String, Assessment> recompute(PersonRow person, List<UnitStatus> rows, Context ctx) {
        Map<String, Assessment> assessed = assess(person, repository.evidenceOf(person.id()),
                repository.decisionsOf(person.id()), ctx);
        store(person.id(), assessed, rows, ctx);
        return assessed;
    }

    /**
     * Recomputes only {@code units} of one person, after an event whose evidence touched only them:
     * every other unit's inputs, and so its row, are as they were. Recomputes everything instead
     * when the person's rows are incomplete or stale (a new framework version, a review date reached).
     */
    public void recompute(PersonRow person, Set<String> units, Context ctx) {
        List<UnitStatus> rows = repository.statusesOf(person.id());
        Map<String, UnitStatus> fresh = new HashMap<>();
        rows.stream().filter(r -> !r.stale(ctx.today(), ctx.framework().dataVersion()))
                .forEach(r -> fresh.put(r.getUnitCode(), r));
        if (!ctx.framework().units().stream().allMatch(u -> fresh.containsKey(u.code()))) {
            recompute(person, rows, ctx);
            return;
        }
        Set<String> touched = new HashSet<>(units);
        touched.retainAll(fresh.keySet());
        if (touched.isEmpty()) {
            return;
        }
        List<Decision> decisions = repository.decisionsOf(person.id()).stream()
                .filter(d -> touched.contains(d.getUnitCode())).toList();
        Map<String, Assessment> assessed = assess(person, repository.evidenceOf(person.id(), touched), decisions, ctx, touched);
        store(person.id(), assessed, touched.stream().map(fresh::get).toList(), ctx);
    }

    /** Writes assessments over the person's existing rows: updates, adds, and removes units no longer in the framework. */
    public void store(long personId, Map<String, Assessment> assessed, List<UnitStatus> existing, Context ctx) {
        Map<String, UnitStatus> rows = new HashMap<>();
        existing.forEach(s -> rows.put(s.getUnitCode(), s));
        for (Map.Entry<String, Assessment> a : assessed.entrySet()) {
            UnitStatus row = rows.remove(a.getKey());
            if (row == null) {
                row = new UnitStatus(personId, a.getKey());
                fill(row, a.getValue(), ctx);
                repository.persist(row);
            } else {
                fill(row, a.getValue(), ctx);
            }
        }
        rows.values().forEach(repository::remove);
    }

    /** A new row for a person and unit (for bulk rebuilding). */
    public static UnitStatus row(long personId, String unit, Assessment a, Context ctx) {
        UnitStatus row = new UnitStatus(personId, unit);
        fill(row, a, ctx);
        return row;
    }

    static void fill(UnitStatus row, Assessment a, Context ctx) {
        DecisionItem signOff = a.signOff().orElse(null);
        row.set(a.status(), a.validUntil(), signOff == null ? null : signOff.byName(),
                signOff == null ? null : signOff.at(), a.coursesDone(), a.coursesRequired(), a.mastery().questions(),
                a.mastery().questions() == 0 ? null : a.mastery().percent(), a.evidenceCount(), a.lastEvidenceOn(),
                String.join("\n", a.needed()), a.reviewOn(), ctx.today(), ctx.framework().dataVersion());
    }
}
