package org.maple.quiz.boundary;

import java.util.OptionalDouble;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.course.boundary.CompletionCriterion;
import org.maple.course.entity.Enrolment;
import org.maple.quiz.control.AttemptRepository;
import org.maple.quiz.control.BankCache;
import org.maple.quiz.control.BankRepository;
import org.maple.quiz.entity.QuizAttempt;

/** "And the quiz is passed": a course with a question bank is complete only once its quiz is passed in the enrolment. */
@Dependent
public class QuizCompletion implements CompletionCriterion {

    @Inject
    BankRepository banks;

    @Inject
    AttemptRepository attempts;

    @Inject
    BankCache cache;

    @Override
    public boolean isMet(Enrolment enrolment) {
        return banks.current(enrolment.getCourseCode()).isEmpty()
                || attempts.standing(enrolment.getId()).passed();
    }

    @Override
    public String stillNeeded(Enrolment enrolment) {
        return banks.current(enrolment.getCourseCode())
                .map(b -> "Pass the quiz (pass mark " + cache.bank(b).settings().passMark() + " %).")
                .orElse("");
    }

    @Override
    public OptionalDouble score(Enrolment enrolment) {
        return attempts.ofEnrolment(enrolment.getId()).stream().filter(QuizAttempt::hasPassed)
                .mapToDouble(a -> a.getPercent().doubleValue()).max();
    }
}
