package org.maple.course.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.control.CourseRepository;
import org.maple.course.control.ProgressRepository;
import org.maple.course.entity.CourseStatus;
import org.maple.course.entity.CourseVersion;

/**
 * Course facts for other features' services, which enforce their own roles (competency): which
 * courses map to which DANOS units, and people's enrolments and course statuses in bulk (one query
 * each, for matrices of hundreds of people). Not exposed over HTTP.
 */
@Stateless
@PermitAll
public class CourseRecords {

    /** A current course with the roles it is assigned to and the DANOS codes it maps to. */
    public record CourseUnits(String code, String title, int versionNo, boolean induction, Integer dueDays,
            List<String> assignedRoles, List<String> danosCodes) implements java.io.Serializable {

        public boolean assignedTo(Collection<String> roleGroupNames) {
            return roleGroupNames.stream().anyMatch(assignedRoles::contains);
        }
    }

    /** One enrolment (latest cycle first per person and course) with its version's DANOS codes. */
    public record EnrolmentRecord(long enrolmentId, long personId, String courseCode, int versionNo, String title,
            boolean induction, List<String> danosCodes, LocalDateTime startedAt, LocalDateTime completedAt) implements java.io.Serializable {

        public boolean complete() {
            return completedAt != null;
        }
    }

    /**
     * A person's status in one course, for a matrix cell; {@code certificate} is the certified
     * completion the status rests on (see {@link CompletionValidity#relevant}), or null.
     */
    public record CourseCell(String courseCode, CourseStatus status, LocalDate dueDate, int lessonsDone,
            int lessonCount, LocalDateTime completedAt, CompletionValidity.Certified certificate) implements java.io.Serializable {
    }

    @Inject
    CourseRepository courses;

    @Inject
    ProgressRepository progress;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<CompletionValidity> validity;

    /** The current courses, in catalogue order. */
    public List<CourseUnits> currentCourses() {
        return courses.current().stream().map(v -> new CourseUnits(v.getCourseCode(), v.getTitle(), v.getVersionNo(),
                v.isInduction(), v.getDueDays(), v.getAssignedRoles(), v.getDanosCodes())).toList();
    }

    /** The DANOS codes of one course version (empty when there is no such version). */
    public List<String> danosCodesOf(String courseCode, int versionNo) {
        return courses.history(courseCode).stream().filter(v -> v.getVersionNo() == versionNo).findFirst()
                .map(CourseVersion::getDanosCodes).orElse(List.of());
    }

    /** Enrolments of the given people, or of everyone when {@code personIds} is null. */
    public List<EnrolmentRecord> enrolments(Collection<Long> personIds) {
        Map<Long, CourseVersion> versions = new HashMap<>();
        courses.allVersions().forEach(v -> versions.put(v.getId(), v));
        List<EnrolmentRecord> out = new ArrayList<>();
        for (Object[] r : progress.enrolmentRows(personIds)) {
            CourseVersion v = versions.get((Long) r[2]);
            out.add(new EnrolmentRecord((Long) r[0], (Long) r[1], v.getCourseCode(), v.getVersionNo(), v.getTitle(),
                    v.isInduction(), v.getDanosCodes(), (LocalDateTime) r[3], (LocalDateTime) r[4]));
        }
        return out;
    }

    /**
     * The enrolments of the given people (everyone when null) with at least one lesson done: what
     * "started" means for other features ({@link LessonCompleted} fires on the first lesson done).
     * An enrolment made only by opening a lesson or starting the quiz is not started in this sense.
     */
    public java.util.Set<Long> enrolmentsWithLessonsDone(Collection<Long> personIds) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (Object[] r : progress.lessonsDoneRows(personIds)) {
            if (((Number) r[1]).longValue() > 0) {
                out.add((Long) r[0]);
            }
        }
        return out;
    }

    /** One enrolment by id. */
    public java.util.Optional<EnrolmentRecord> enrolment(long personId, long enrolmentId) {
        return enrolments(List.of(personId)).stream().filter(e -> e.enrolmentId() == enrolmentId).findFirst();
    }

    /**
     * Each person's status in every current course assigned to them (by role) or started by them, as
     * "My induction" and the team page count it: person id → course code → cell.
     *
     * @param people person id → (start date, role group names)
     */
    public Map<Long, Map<String, CourseCell>> courseCells(Map<Long, PersonFacts> people) {
        LocalDate today = LocalDate.now(clock);
        List<CourseVersion> current = courses.current();
        Map<Long, CourseVersion> versions = new HashMap<>();
        courses.allVersions().forEach(v -> versions.put(v.getId(), v));
        Map<Long, Long> done = new HashMap<>();
        for (Object[] r : progress.lessonsDoneRows(people.keySet())) {
            done.put((Long) r[0], ((Number) r[1]).longValue());
        }
        Map<Long, Map<String, List<CompletionValidity.Certified>>> certified = new HashMap<>();
        if (validity.isResolvable() && !people.isEmpty()) {
            for (CompletionValidity.Certified c : validity.get().completions(people.size() > 200 ? null : people.keySet(), today)) {
                certified.computeIfAbsent(c.personId(), k -> new HashMap<>())
                        .computeIfAbsent(c.courseCode(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<Long, Map<String, Object[]>> latest = new HashMap<>();
        for (Object[] r : progress.enrolmentRows(people.keySet())) {
            CourseVersion v = versions.get((Long) r[2]);
            latest.computeIfAbsent((Long) r[1], k -> new HashMap<>()).putIfAbsent(v.getCourseCode(), r);
        }
        Map<Long, Map<String, CourseCell>> out = new HashMap<>();
        for (Map.Entry<Long, PersonFacts> p : people.entrySet()) {
            Map<String, Object[]> mine = latest.getOrDefault(p.getKey(), Map.of());
            Map<String, CourseCell> cells = new LinkedHashMap<>();
            for (CourseVersion cur : current) {
                Object[] e = mine.get(cur.getCourseCode());
                boolean assigned = p.getValue().roles().stream().anyMatch(cur::isAssignedTo);
                if (e == null && !assigned) {
                    continue;
                }
                CourseVersion v = e == null ? cur : versions.get((Long) e[2]);
                LocalDate due = CourseStatus.dueDate(p.getValue().startDate(), v.getDueDays());
                LocalDateTime completed = e == null ? null : (LocalDateTime) e[4];
                List<CompletionValidity.Certified> mineCertified = certified.getOrDefault(p.getKey(), Map.of())
                        .get(cur.getCourseCode());
                Long enrolmentId = e == null ? null : (Long) e[0];
                CourseStatus status = CompletionValidity.statusOf(CourseStatus.of(completed != null, e != null, due, today),
                        enrolmentId, mineCertified);
                int lessonsDone = e == null ? 0 : (int) Math.min(done.getOrDefault((Long) e[0], 0L), v.getLessons().size());
                cells.put(cur.getCourseCode(), new CourseCell(cur.getCourseCode(), status, due, lessonsDone,
                        v.getLessons().size(), completed,
                        CompletionValidity.relevant(completed != null, enrolmentId, mineCertified)));
            }
            out.put(p.getKey(), cells);
        }
        return out;
    }

    /** What course statuses need to know about a person. */
    public record PersonFacts(LocalDate startDate, List<String> roles) implements java.io.Serializable {
    }
}
