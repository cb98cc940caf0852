package org.maple.competency.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.control.StatusRules.Assessment;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.course.entity.DanosFramework;

/**
 * Reads materialised statuses for many people in one query; people with a row that time has made
 * out of date (its review date has come, or the framework changed) or with no rows yet are
 * recomputed first, in the same transaction. This is what makes "expiring" and "expired" appear
 * without a nightly job.
 */
@Dependent
public class StatusReader {

    /** What a matrix cell needs of a stored status. */
    public record Stored(CompetencyStatus status, LocalDate validUntil) implements java.io.Serializable {
    }

    @Inject
    CompetencyRepository repository;

    @Inject
    StatusCalculator calculator;

    /** person id → unit code → status, for every unit of the framework. */
    public Map<Long, Map<String, Stored>> read(List<PersonRow> people, StatusCalculator.Context ctx) {
        List<Long> ids = people.stream().map(PersonRow::id).toList();
        Map<Long, Map<String, Stored>> out = new HashMap<>();
        Map<Long, Boolean> stale = new HashMap<>();
        LocalDate today = ctx.today();
        int version = ctx.framework().dataVersion();
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        // many people: one scan of the table beats a long IN list
        for (Object[] r : repository.statusRows(ids.size() > 200 ? null : ids)) {
            long person = (Long) r[0];
            if (!wanted.contains(person)) {
                continue;
            }
            LocalDate review = (LocalDate) r[4];
            if (review != null && !today.isBefore(review) || ((Number) r[5]).intValue() != version) {
                stale.put(person, true);
            }
            out.computeIfAbsent(person, k -> new HashMap<>()).put((String) r[1],
                    new Stored((CompetencyStatus) r[2], (LocalDate) r[3]));
        }
        List<PersonRow> redo = new ArrayList<>();
        for (PersonRow p : people) {
            Map<String, Stored> mine = out.get(p.id());
            boolean complete = mine != null
                    && ctx.framework().units().stream().map(DanosFramework.Unit::code).allMatch(mine::containsKey);
            if (!complete || stale.containsKey(p.id())) {
                redo.add(p);
            }
        }
        for (PersonRow p : redo) {
            repository.lockPerson(p.id());
            Map<String, Stored> fresh = new HashMap<>();
            for (Map.Entry<String, Assessment> a : calculator.recompute(p, ctx).entrySet()) {
                fresh.put(a.getKey(), new Stored(a.getValue().status(), a.getValue().validUntil()));
            }
            out.put(p.id(), fresh);
        }
        return out;
    }
}
