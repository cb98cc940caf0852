package org.maple.competency.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.control.UnitCodes;
import org.maple.competency.entity.Evidence;
import org.maple.competency.entity.EvidenceItem;
import org.maple.competency.entity.EvidenceKind;
import org.maple.course.boundary.CompletionValidityChanged;
import org.maple.course.boundary.CourseCompleted;
import org.maple.course.boundary.CourseRecords;
import org.maple.course.boundary.LessonCompleted;
import org.maple.quiz.boundary.AttemptGraded;
import org.maple.quiz.boundary.GradedQuestion;

/**
 * Evidence arriving from other features' events (see {@link CompetencyObserver}): stores it,
 * idempotently, and recomputes the person's statuses at once. Each call is its own transaction, so a
 * failure here never undoes the learner's own action. Not exposed over HTTP.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EvidenceIntake {

    @Inject
    CompetencyRepository repository;

    @Inject
    StatusCalculator calculator;

    @Inject
    ContextFactory contexts;

    @Inject
    CourseRecords courses;

    @Inject
    CertifiedEvidence certified;

    @Inject
    Clock clock;

    /** A course was completed: evidence for every unit its version maps to. */
    public void courseCompleted(CourseCompleted e) {
        StatusCalculator.Context ctx = contexts.create();
        Map<String, String> units = UnitCodes.resolve(ctx.framework(), courses.danosCodesOf(e.courseCode(), e.versionNo()));
        repository.lockPerson(e.personId());
        EvidenceItem item = CertifiedEvidence.completed(e.enrolmentId(), e.courseCode(), e.completedAt(),
                certified.byEnrolment(e.personId()).get(e.enrolmentId()));
        put(e.personId(), EvidenceKind.COURSE_COMPLETED, item.sourceRef(), units, item);
        recompute(e.personId(), ctx);
    }

    /**
     * A completion's certificate was issued, reissued or revoked: the completion's evidence takes over
     * the certificate's end (expiry, or revocation), and the person's statuses are recomputed.
     */
    public void validityChanged(CompletionValidityChanged e) {
        repository.lockPerson(e.personId());
        String ref = "enrolment:" + e.enrolmentId();
        List<Evidence> rows = repository.evidenceBySource(e.personId(), EvidenceKind.COURSE_COMPLETED, ref);
        if (rows.isEmpty()) {
            return; // the completion's own event records it with its certificate
        }
        StatusCalculator.Context ctx = contexts.create();
        EvidenceItem old = rows.get(0).toItem();
        EvidenceItem item = CertifiedEvidence.completed(e.enrolmentId(), old.courseCode(), old.at(),
                certified.byEnrolment(e.personId()).get(e.enrolmentId()));
        rows.forEach(r -> r.update(item));
        recompute(e.personId(), ctx);
    }

    /** A lesson was done: the first one of a course marks its units as started. */
    public void lessonCompleted(LessonCompleted e) {
        String ref = "enrolment:" + e.enrolmentId();
        if (!repository.evidenceBySource(e.personId(), EvidenceKind.COURSE_STARTED, ref).isEmpty()) {
            return;
        }
        Optional<CourseRecords.EnrolmentRecord> enrolment = courses.enrolment(e.personId(), e.enrolmentId());
        if (enrolment.isEmpty()) {
            return;
        }
        StatusCalculator.Context ctx = contexts.create();
        repository.lockPerson(e.personId());
        CourseRecords.EnrolmentRecord r = enrolment.get();
        put(e.personId(), EvidenceKind.COURSE_STARTED, ref, UnitCodes.resolve(ctx.framework(), r.danosCodes()),
                EvidenceItem.courseStarted(r.enrolmentId(), r.courseCode(), r.startedAt()));
        recompute(e.personId(), ctx);
    }

    /**
     * A quiz attempt was graded (or regraded): per unit, how many of its questions tested the unit and
     * the marks earned, for mastery; the attempt itself for "needs attention".
     */
    public void attemptGraded(AttemptGraded e) {
        StatusCalculator.Context ctx = contexts.create();
        repository.lockPerson(e.personId());
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Double> marks = new HashMap<>();
        for (GradedQuestion q : questionsOf(e)) {
            for (Map.Entry<String, String> u : UnitCodes.resolve(ctx.framework(), q.danosCodes()).entrySet()) {
                written.putIfAbsent(u.getKey(), u.getValue());
                counts.computeIfAbsent(u.getKey(), k -> new int[1])[0]++;
                marks.merge(u.getKey(), Math.max(0, Math.min(1, q.score())), Double::sum);
            }
        }
        String ref = "attempt:" + e.attemptId();
        List<Evidence> existing = repository.evidenceBySource(e.personId(), EvidenceKind.QUESTIONS, ref);
        Set<String> touched = new HashSet<>(written.keySet());
        for (Evidence old : existing) {
            touched.add(old.getUnitCode());
            if (!written.containsKey(old.getUnitCode())) {
                repository.remove(old);
            }
        }
        for (Map.Entry<String, String> u : written.entrySet()) {
            int n = counts.get(u.getKey())[0];
            double m = marks.get(u.getKey());
            EvidenceItem item = new EvidenceItem(EvidenceKind.QUESTIONS, ref, e.courseCode(), e.gradedAt(), n, m,
                    "Attempt " + e.attemptNo() + " of " + e.courseCode() + ": " + format(m) + " of " + n + " marks");
            Optional<Evidence> old = existing.stream().filter(x -> x.getUnitCode().equals(u.getKey())).findFirst();
            if (old.isPresent()) {
                old.get().update(item);
            } else {
                repository.persist(new Evidence(e.personId(), u.getKey(), u.getValue(), item, LocalDateTime.now(clock)));
            }
        }
        // only the units this attempt's evidence is in can have changed
        repository.person(e.personId()).ifPresent(p -> calculator.recompute(p, touched, ctx));
    }

    /** A practice record started or stopped counting as evidence. */
    public void practiceChanged(org.maple.competency.boundary.PracticeEvidenceChanged e) {
        StatusCalculator.Context ctx = contexts.create();
        repository.lockPerson(e.personId());
        String kind = e.kind() == null ? "practice" : e.kind().strip();
        EvidenceItem item = EvidenceItem.practice(kind, e.recordId(), e.occurredOn().atStartOfDay());
        Map<String, String> units = e.counts() ? UnitCodes.resolve(ctx.framework(), e.danosCodes()) : Map.of();
        put(e.personId(), EvidenceKind.PRACTICE, item.sourceRef(), units, item);
        recompute(e.personId(), ctx);
    }

    /** Recomputes one person's statuses (also used when a stale row is read). */
    public void recompute(long personId, StatusCalculator.Context ctx) {
        repository.person(personId).ifPresent(p -> calculator.recompute(p, ctx));
    }

    /** Makes the stored rows of one source equal {@code units}: adds, updates, removes. */
    private void put(long personId, EvidenceKind kind, String ref, Map<String, String> units, EvidenceItem item) {
        List<Evidence> existing = repository.evidenceBySource(personId, kind, ref);
        for (Evidence old : existing) {
            if (units.containsKey(old.getUnitCode())) {
                old.update(item);
            } else {
                repository.remove(old);
            }
        }
        for (Map.Entry<String, String> u : units.entrySet()) {
            if (existing.stream().noneMatch(x -> x.getUnitCode().equals(u.getKey()))) {
                repository.persist(new Evidence(personId, u.getKey(), u.getValue(), item, LocalDateTime.now(clock)));
            }
        }
    }

    private static List<GradedQuestion> questionsOf(AttemptGraded e) {
        return e.questions() == null ? List.of() : e.questions();
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.UK, "%.1f", d);
    }
}
