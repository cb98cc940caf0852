package org.maple.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.competency.entity.Decision;
import org.maple.competency.entity.Evidence;
import org.maple.competency.entity.EvidenceKind;
import org.maple.competency.entity.UnitStatus;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;

/** Queries over evidence, decisions, materialised statuses and the people they belong to. */
@Dependent
public class CompetencyRepository {

    /** A person as the matrix needs them, read as plain columns (no entity, no role collection per row). */
    public record PersonRow(long id, String name, String email, LocalDate startDate, Long teamId, String teamName,
            List<String> roles) {
    }

    @PersistenceContext
    EntityManager em;

    /** How many people (active or not, as a team's member list) each of these teams has; teams without any are left out. */
    public Map<Long, Long> memberCounts(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> out = new HashMap<>();
        for (Object[] row : em.createQuery("select p.team.id, count(p) from Person p where p.team.id in :teams"
                + " group by p.team.id", Object[].class).setParameter("teams", teamIds).getResultList()) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    /** Serialises work on one person's competencies (two events at once). */
    public void lockPerson(long personId) {
        // the row lock alone: loading the person (and their roles) here would only be read again
        em.createNativeQuery("SELECT id FROM person WHERE id = ? FOR UPDATE").setParameter(1, personId).getResultList();
    }

    /** Active people of one team (all active people when {@code teamId} is null), by name, with their roles. */
    public List<PersonRow> people(Long teamId) {
        String where = teamId == null ? "where p.active = true" : "where p.active = true and t.id = :team";
        var q = em.createQuery("select p.id, p.displayName, p.email, p.startDate, t.id, t.name from Person p"
                + " left join p.team t " + where + " order by p.displayName, p.id", Object[].class);
        var r = em.createQuery("select p.id, r from Person p join p.roles r left join p.team t " + where, Object[].class);
        if (teamId != null) {
            q.setParameter("team", teamId);
            r.setParameter("team", teamId);
        }
        return withRoles(q.getResultList(), r.getResultList());
    }

    /** Some people by id, with their roles. */
    public List<PersonRow> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select p.id, p.displayName, p.email, p.startDate, t.id, t.name from Person p"
                + " left join p.team t where p.id in :ids order by p.displayName, p.id", Object[].class)
                .setParameter("ids", ids);
        var r = em.createQuery("select p.id, r from Person p join p.roles r where p.id in :ids", Object[].class)
                .setParameter("ids", ids);
        return withRoles(q.getResultList(), r.getResultList());
    }

    public Optional<PersonRow> person(long id) {
        return people(List.of(id)).stream().findFirst();
    }

    private static List<PersonRow> withRoles(List<Object[]> rows, List<Object[]> roleRows) {
        Map<Long, List<String>> roles = new HashMap<>();
        for (Object[] r : roleRows) {
            roles.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(((Role) r[1]).groupName());
        }
        List<PersonRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new PersonRow((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (Long) r[4],
                    (String) r[5], roles.getOrDefault((Long) r[0], List.of())));
        }
        return out;
    }

    public List<Evidence> evidenceOf(long personId) {
        return em.createNamedQuery("Evidence.ofPerson", Evidence.class).setParameter("person", personId).getResultList();
    }

    /** One person's evidence in some units only. */
    public List<Evidence> evidenceOf(long personId, Collection<String> units) {
        return units.isEmpty() ? List.of()
                : em.createNamedQuery("Evidence.ofPersonUnits", Evidence.class).setParameter("person", personId)
                        .setParameter("units", units).getResultList();
    }

    /** Evidence of the given people (everyone when null), grouped by person. */
    public Map<Long, List<Evidence>> evidenceOf(Collection<Long> personIds) {
        List<Evidence> all = personIds == null
                ? em.createNamedQuery("Evidence.all", Evidence.class).getResultList()
                : personIds.isEmpty() ? List.of()
                : em.createNamedQuery("Evidence.ofPeople", Evidence.class).setParameter("people", personIds).getResultList();
        Map<Long, List<Evidence>> out = new HashMap<>();
        all.forEach(e -> out.computeIfAbsent(e.getPersonId(), k -> new ArrayList<>()).add(e));
        return out;
    }

    /**
     * Every person's course evidence (completed and started) as plain rows {id, person id, unit, kind,
     * source, course, occurred at, detail, ends on}, for the catch-up: no entities.
     */
    public List<Object[]> courseEvidenceRows() {
        return em.createQuery("select e.id, e.personId, e.unitCode, e.kind, e.sourceRef, e.courseCode, e.occurredAt,"
                + " e.detail, e.endsOn from Evidence e where e.kind in :kinds", Object[].class)
                .setParameter("kinds", List.of(EvidenceKind.COURSE_COMPLETED, EvidenceKind.COURSE_STARTED)).getResultList();
    }

    public Evidence evidence(long id) {
        return em.find(Evidence.class, id);
    }

    public List<Evidence> evidenceBySource(long personId, EvidenceKind kind, String sourceRef) {
        return em.createNamedQuery("Evidence.bySource", Evidence.class).setParameter("person", personId)
                .setParameter("kind", kind).setParameter("ref", sourceRef).getResultList();
    }

    public List<Decision> decisionsOf(long personId) {
        return em.createNamedQuery("Decision.ofPerson", Decision.class).setParameter("person", personId).getResultList();
    }

    /** Decisions of the given people (everyone when null), grouped by person, oldest first. */
    public Map<Long, List<Decision>> decisionsOf(Collection<Long> personIds) {
        List<Decision> all = personIds == null
                ? em.createNamedQuery("Decision.all", Decision.class).getResultList()
                : personIds.isEmpty() ? List.of()
                : em.createQuery("select d from Decision d where d.personId in :people order by d.decidedAt, d.id",
                        Decision.class).setParameter("people", personIds).getResultList();
        Map<Long, List<Decision>> out = new LinkedHashMap<>();
        all.forEach(d -> out.computeIfAbsent(d.getPersonId(), k -> new ArrayList<>()).add(d));
        return out;
    }

    public List<UnitStatus> statusesOf(long personId) {
        return em.createNamedQuery("UnitStatus.ofPerson", UnitStatus.class).setParameter("person", personId)
                .getResultList();
    }

    /**
     * Stored statuses as plain rows {person id, unit, status, valid until, review on, framework version}
     * for the given people (everyone when null): the matrix's one big read.
     */
    public List<Object[]> statusRows(Collection<Long> personIds) {
        String jpql = "select s.personId, s.unitCode, s.status, s.validUntil, s.reviewOn, s.frameworkVersion"
                + " from UnitStatus s" + (personIds == null ? "" : " where s.personId in :people");
        var q = em.createQuery(jpql, Object[].class);
        if (personIds != null) {
            if (personIds.isEmpty()) {
                return List.of();
            }
            q.setParameter("people", personIds);
        }
        return q.getResultList();
    }

    public boolean hasStatuses() {
        return !em.createQuery("select s.personId from UnitStatus s", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    public void clearStatuses() {
        em.createNamedQuery("UnitStatus.clear").executeUpdate();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /** Writes pending changes. */
    public void flush() {
        em.flush();
    }

    /** Writes pending changes and forgets loaded entities (long recomputations). */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
