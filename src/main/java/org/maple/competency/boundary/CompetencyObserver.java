package org.maple.competency.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.maple.course.boundary.CompletionValidityChanged;
import org.maple.course.boundary.CourseCompleted;
import org.maple.course.boundary.LessonCompleted;
import org.maple.quiz.boundary.AttemptGraded;

/**
 * Listens to other features' events once their transaction has committed, and hands them to
 * {@link EvidenceIntake}: statuses change as evidence arrives, with no nightly job. A failure is
 * logged (WARNING, with the event) and never reaches the learner; course evidence missed that way is
 * caught up at the next start or within the hour ({@link CatchUpTimer}), anything else by the admin's
 * Recompute.
 */
@ApplicationScoped
public class CompetencyObserver {

    private static final Logger LOG = Logger.getLogger(CompetencyObserver.class.getName());

    @Inject
    EvidenceIntake intake;

    void courseCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted e) {
        safely("course completion " + e, () -> intake.courseCompleted(e));
    }

    void validityChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompletionValidityChanged e) {
        safely("certificate change " + e, () -> intake.validityChanged(e));
    }

    void lessonCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) LessonCompleted e) {
        safely("lesson completion " + e, () -> intake.lessonCompleted(e));
    }

    void attemptGraded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptGraded e) {
        safely("graded attempt " + e.attemptId() + " of person " + e.personId(), () -> intake.attemptGraded(e));
    }

    void practiceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeEvidenceChanged e) {
        safely("practice evidence " + e, () -> intake.practiceChanged(e));
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Competency evidence from " + what + " was not recorded; the hourly catch-up or Admin, Recompute repairs it", ex);
        }
    }
}
