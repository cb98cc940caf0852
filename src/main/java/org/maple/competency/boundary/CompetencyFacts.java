package org.maple.competency.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.course.entity.DanosFramework;

/**
 * Competency facts for other features' services, which enforce their own roles (practice's
 * supervision agenda): a person's DANOS units that are expiring or have expired, read like the
 * matrix reads them (a status that time has made out of date is recomputed first). Not exposed over
 * HTTP.
 */
@Stateless
@PermitAll
public class CompetencyFacts {

    /** A unit whose evidence or sign-off lapses soon ({@code expired} false) or has lapsed. */
    public record LapsingUnit(String code, String title, boolean expired, LocalDate validUntil)
            implements java.io.Serializable {
    }

    @Inject
    CompetencyRepository repository;

    @Inject
    StatusReader reader;

    @Inject
    ContextFactory contexts;

    /** The person's expiring and expired units, in framework order (empty for an unknown person). */
    public List<LapsingUnit> lapsingUnits(long personId) {
        List<CompetencyRepository.PersonRow> person = repository.people(List.of(personId));
        if (person.isEmpty()) {
            return List.of();
        }
        StatusCalculator.Context ctx = contexts.create();
        Map<String, StatusReader.Stored> mine = reader.read(person, ctx).getOrDefault(personId, Map.of());
        List<LapsingUnit> out = new ArrayList<>();
        for (DanosFramework.Unit u : ctx.framework().units()) {
            StatusReader.Stored s = mine.get(u.code());
            if (s != null && (s.status() == CompetencyStatus.EXPIRING || s.status() == CompetencyStatus.EXPIRED)) {
                out.add(new LapsingUnit(u.code(), u.title(), s.status() == CompetencyStatus.EXPIRED, s.validUntil()));
            }
        }
        return out;
    }
}
