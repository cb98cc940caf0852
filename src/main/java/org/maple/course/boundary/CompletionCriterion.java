package org.maple.course.boundary;

import java.util.OptionalDouble;

import org.maple.course.entity.Enrolment;

/**
 * An extra condition for completing a course, beyond "every lesson done". Features above course
 * (the quiz: "and the quiz is passed") implement it as a CDI bean; {@code CompletionRule} asks
 * every one.
 */
public interface CompletionCriterion {

    /** Whether this criterion is met for the enrolment. */
    boolean isMet(Enrolment enrolment);

    /** What is still needed, in words for the learner, when not met. */
    String stillNeeded(Enrolment enrolment);

    /** The score (0–100) this criterion contributes to the completion record, if it has one. */
    default OptionalDouble score(Enrolment enrolment) {
        return OptionalDouble.empty();
    }
}
