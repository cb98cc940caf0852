package org.maple.course.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.maple.course.boundary.LearningRecords.CourseOutline;
import org.maple.course.boundary.LearningRecords.CourseProgress;
import org.maple.course.boundary.LearningRecords.LessonDone;
import org.maple.course.boundary.LearningRecords.LessonItem;
import org.maple.course.boundary.LearningRecords.LessonPage;
import org.maple.course.control.CompletionRule;
import org.maple.course.control.CourseRepository;
import org.maple.course.control.ProgressRepository;
import org.maple.course.entity.CourseStatus;
import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.Enrolment;
import org.maple.course.entity.Lesson;
import org.maple.course.entity.LessonCompletion;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ItemNotFoundException;

/** A member of staff learning: my induction, a course, a lesson, marking lessons done. Role: any staff role. */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class LearningService {

    @Inject
    CallerService caller;

    @Inject
    CourseRepository courses;

    @Inject
    ProgressRepository progress;

    @Inject
    CompletionRule completionRule;

    @Inject
    Instance<CompletionCriterion> criteria;

    @Inject
    Instance<CompletionValidity> validity;

    @Inject
    Event<LessonCompleted> lessonCompleted;

    @Inject
    Event<CourseCompleted> courseCompleted;

    @Inject
    Clock clock;

    /** Use case: "My induction" — the courses assigned to me, with due dates and progress. */
    public List<CourseProgress> myCourses() {
        Person me = caller.current();
        return coursesOf(me);
    }

    /** The courses assigned to a person (by role) or started by them, with status; for managers' views too. */
    public List<CourseProgress> coursesOf(Person person) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Enrolment> latest = new LinkedHashMap<>();
        for (Enrolment e : progress.enrolments(person)) {
            latest.putIfAbsent(e.getCourseCode(), e);
        }
        Map<String, List<CompletionValidity.Certified>> certified = latest.isEmpty() ? Map.of() : certified(person, today);
        List<CourseProgress> out = new ArrayList<>();
        for (CourseVersion current : courses.current()) {
            Enrolment e = latest.remove(current.getCourseCode());
            if (e != null || assigned(person, current)) {
                out.add(progressOf(person, current, e, today, certified));
            }
        }
        for (Enrolment e : latest.values()) { // started courses no longer current (retired)
            out.add(progressOf(person, e.getCourseVersion(), e, today, certified));
        }
        return out;
    }

    /** Use case: open a course page (does not start the course). */
    public CourseOutline course(String code) {
        Person me = caller.current();
        Optional<Enrolment> enrolment = progress.latest(me, code);
        CourseVersion current = courses.current(code).orElse(null);
        CourseVersion version = enrolment.map(Enrolment::getCourseVersion).orElse(current);
        if (version == null) {
            throw new ItemNotFoundException("There is no course '" + shorten(code) + "'.");
        }
        Set<String> done = enrolment.map(progress::doneKeys).orElse(Set.of());
        List<LessonItem> items = version.getLessons().stream()
                .map(l -> new LessonItem(l.getKey(), l.getPosition(), l.getTitle(), l.getMinutes(), done.contains(l.getKey())))
                .toList();
        LocalDate due = dueDate(me, enrolment.orElse(null), version);
        CourseStatus status = CourseStatus.of(enrolment.map(Enrolment::isComplete).orElse(false), enrolment.isPresent(), due,
                LocalDate.now(clock));
        // certificates matter only for a completed enrolment or a renewal (cycle > 1, an earlier completion):
        // the usual course page (first cycle, in progress) reads none
        Enrolment latest = enrolment.filter(e -> e.isComplete() || e.getCycle() > 1).orElse(null);
        if (latest != null) {
            status = CompletionValidity.statusOf(status, latest.getId(),
                    certified(me, LocalDate.now(clock)).get(version.getCourseCode()));
        }
        List<String> stillNeeded = new ArrayList<>();
        enrolment.filter(e -> !e.isComplete()).ifPresent(e -> criteria.forEach(c -> {
            if (!c.isMet(e)) {
                stillNeeded.add(c.stillNeeded(e));
            }
        }));
        boolean newer = current != null && version != current && !version.getId().equals(current.getId());
        return new CourseOutline(version.getCourseCode(), version.getTitle(), version.getSummary(), version.getAudience(),
                version.getVersionNo(), version.getEstimatedMinutes(), version.getObjectives().stream().map(LearningService::text).toList(),
                version.getDanosCodes(), version.getSources(), items, status, due,
                resumeKey(version, enrolment.orElse(null), done), stillNeeded, newer);
    }

    /** Use case: read a lesson; starts the course (pinned to the current version) on first opening. */
    public LessonPage lesson(String code, String key) {
        Person me = caller.current();
        Enrolment e = enrol(me, code);
        CourseVersion version = e.getCourseVersion();
        Lesson lesson = courses.lesson(version, key)
                .orElseThrow(() -> new ItemNotFoundException("There is no lesson '" + shorten(key) + "' in this course."));
        e.visited(key);
        List<Lesson> all = version.getLessons();
        int i = all.indexOf(lesson);
        return new LessonPage(code, version.getTitle(), version.getVersionNo(), key, lesson.getTitle(), lesson.getMinutes(),
                i + 1, all.size(), lesson.getObjectives(), lesson.getSources(), lesson.getDanosCodes(), lesson.getHtml(),
                progress.doneKeys(e).contains(key),
                i > 0 ? all.get(i - 1).getKey() : null, i + 1 < all.size() ? all.get(i + 1).getKey() : null);
    }

    /** Use case: mark a lesson done; idempotent (a double click counts once); may complete the course. */
    public LessonDone completeLesson(String code, String key) {
        Person me = caller.current();
        Enrolment e = progress.lock(enrol(me, code));
        CourseVersion version = e.getCourseVersion();
        Lesson lesson = courses.lesson(version, key)
                .orElseThrow(() -> new ItemNotFoundException("There is no lesson '" + shorten(key) + "' in this course."));
        LocalDateTime now = LocalDateTime.now(clock);
        Set<String> done = progress.doneKeys(e);
        if (done.add(key)) {
            progress.persist(new LessonCompletion(e.getId(), key, now));
            lessonCompleted.fire(new LessonCompleted(me.getId(), e.getId(), code, key, now));
        }
        e.visited(key);
        boolean complete = completeIfDone(e, done, now);
        List<Lesson> all = version.getLessons();
        int i = all.indexOf(lesson);
        return new LessonDone(i + 1 < all.size() ? all.get(i + 1).getKey() : null, complete);
    }

    /**
     * For features above course: my enrolment in a course (the latest cycle), starting the course
     * if I have not yet. The quiz pins its attempts to it.
     */
    public Enrolment myEnrolment(String code) {
        return enrol(caller.current(), code);
    }

    /** For features above course: my latest enrolment in a course, if I have started it (starts nothing). */
    public Optional<Enrolment> findMyEnrolment(String code) {
        return progress.latest(caller.current(), code);
    }

    /**
     * For features above course, after one of their {@link CompletionCriterion}s became true (the
     * quiz was passed, or a regrade passed it): completes the enrolment if every lesson is done and
     * every criterion met, firing {@link CourseCompleted} once. Returns whether it is complete.
     */
    public boolean reviewCompletion(long enrolmentId) {
        Enrolment e = progress.find(enrolmentId)
                .orElseThrow(() -> new ItemNotFoundException("There is no such enrolment."));
        progress.lock(e);
        return completeIfDone(e, progress.doneKeys(e), LocalDateTime.now(clock));
    }

    /** Whether one of my enrolments is complete (false for anyone else's). */
    public boolean isComplete(long enrolmentId) {
        long me = caller.current().getId();
        return progress.find(enrolmentId).filter(e -> e.getPerson().getId() == me).map(Enrolment::isComplete).orElse(false);
    }

    private boolean completeIfDone(Enrolment e, Set<String> done, LocalDateTime now) {
        if (e.isComplete()) {
            return true;
        }
        if (completionRule.isComplete(e, done) && e.complete(now)) {
            courseCompleted.fire(new CourseCompleted(e.getPerson().getId(), e.getId(), e.getCourseCode(),
                    e.getCourseVersion().getVersionNo(), now, completionRule.score(e)));
            return true;
        }
        return false;
    }

    /**
     * Use case (certificate renewal, run by MAPLE itself, never over HTTP): re-assign a completed
     * course to a person on its newest version as the next cycle. Idempotent: does nothing unless
     * the person's latest enrolment in the course is complete. Returns the new cycle, or 0.
     */
    @PermitAll
    public int reassign(Person person, String code) {
        Person p = caller.lock(person); // serialises with the person's own requests and other nodes
        Optional<Enrolment> latest = progress.latest(p, code);
        Optional<CourseVersion> current = courses.current(code);
        if (latest.isEmpty() || !latest.get().isComplete() || current.isEmpty()) {
            return 0;
        }
        Enrolment next = new Enrolment(p, current.get(), latest.get().getCycle() + 1, LocalDateTime.now(clock));
        progress.persist(next);
        return next.getCycle();
    }

    /** Due date: from the start date on the first run; from the re-assignment on a renewal (cycle > 1). */
    static LocalDate dueDate(Person person, Enrolment e, CourseVersion version) {
        LocalDate from = e != null && e.getCycle() > 1 ? e.getStartedAt().toLocalDate() : person.getStartDate();
        return CourseStatus.dueDate(from, version.getDueDays());
    }

    private Enrolment enrol(Person me, String code) {
        Optional<Enrolment> existing = progress.latest(me, code);
        if (existing.isPresent()) {
            return existing.get();
        }
        CourseVersion current = courses.current(code)
                .orElseThrow(() -> new ItemNotFoundException("There is no course '" + shorten(code) + "'."));
        caller.lock(me); // serialises a double click on the first lesson: one enrolment only
        return progress.latest(me, code).orElseGet(() -> {
            Enrolment e = new Enrolment(me, current, 1, LocalDateTime.now(clock));
            progress.persist(e);
            return e;
        });
    }

    /** The person's certified completions by course (none without a {@link CompletionValidity}). */
    private Map<String, List<CompletionValidity.Certified>> certified(Person person, LocalDate today) {
        if (!validity.isResolvable()) {
            return Map.of();
        }
        Map<String, List<CompletionValidity.Certified>> out = new java.util.HashMap<>();
        for (CompletionValidity.Certified c : validity.get().completions(List.of(person.getId()), today)) {
            out.computeIfAbsent(c.courseCode(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    private CourseProgress progressOf(Person person, CourseVersion v, Enrolment e, LocalDate today,
            Map<String, List<CompletionValidity.Certified>> certified) {
        Set<String> done = e == null ? Set.of() : progress.doneKeys(e);
        CourseVersion version = e == null ? v : e.getCourseVersion();
        int doneCount = (int) version.getLessons().stream().filter(l -> done.contains(l.getKey())).count();
        LocalDate due = dueDate(person, e, version);
        CourseStatus status = CompletionValidity.statusOf(CourseStatus.of(e != null && e.isComplete(), e != null, due, today),
                e == null ? null : e.getId(), certified.get(version.getCourseCode()));
        return new CourseProgress(version.getCourseCode(), version.getTitle(), version.getSummary(), version.getVersionNo(),
                version.isInduction(), version.getEstimatedMinutes(), due, status, doneCount, version.getLessons().size(),
                resumeKey(version, e, done));
    }

    private static boolean assigned(Person person, CourseVersion v) {
        return person.getRoles().stream().map(Role::groupName).anyMatch(v::isAssignedTo);
    }

    /** Where to resume: the last lesson visited if not done, else the first lesson not done, else the first. */
    static String resumeKey(CourseVersion version, Enrolment e, Set<String> done) {
        List<Lesson> lessons = version.getLessons();
        if (lessons.isEmpty()) {
            return null;
        }
        if (e != null && e.getLastLessonKey() != null && !done.contains(e.getLastLessonKey())
                && lessons.stream().anyMatch(l -> l.getKey().equals(e.getLastLessonKey()))) {
            return e.getLastLessonKey();
        }
        return lessons.stream().map(Lesson::getKey).filter(k -> !done.contains(k)).findFirst()
                .orElse(e != null && e.getLastLessonKey() != null ? e.getLastLessonKey() : lessons.get(0).getKey());
    }

    static String text(String objectiveLine) {
        int bar = objectiveLine.indexOf('|');
        return bar < 0 ? objectiveLine : objectiveLine.substring(bar + 1);
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "");
        return t.length() > 60 ? t.substring(0, 60) : t;
    }
}
