package org.maple.course.control;

import java.util.OptionalDouble;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.maple.course.boundary.CompletionCriterion;
import org.maple.course.entity.Enrolment;
import org.maple.course.entity.Lesson;

/**
 * The one place that decides whether a course is complete: every lesson of the enrolled version
 * done, and every {@link CompletionCriterion} other features register met.
 */
@Dependent
public class CompletionRule {

    @Inject
    Instance<CompletionCriterion> criteria;

    public boolean isComplete(Enrolment enrolment, Set<String> doneKeys) {
        boolean lessonsDone = enrolment.getCourseVersion().getLessons().stream()
                .map(Lesson::getKey).allMatch(doneKeys::contains);
        if (!lessonsDone) {
            return false;
        }
        for (CompletionCriterion c : criteria) {
            if (!c.isMet(enrolment)) {
                return false;
            }
        }
        return true;
    }

    /** The score the criteria contribute (the first that has one), or null when none does. */
    public Double score(Enrolment enrolment) {
        for (CompletionCriterion c : criteria) {
            OptionalDouble s = c.score(enrolment);
            if (s.isPresent()) {
                return s.getAsDouble();
            }
        }
        return null;
    }
}
