package org.maple.practice.boundary;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.competency.boundary.CompetencyFacts;
import org.maple.course.boundary.CourseRecords;
import org.maple.quiz.boundary.QuizStanding;

/**
 * The supervision agenda's facts owned by other features: quizzes failed and not yet passed (from
 * {@link QuizStanding}, with attempts left or "out of attempts"), and DANOS units expiring or expired
 * (from {@link CompetencyFacts}). Runs in the calling service's transaction, which checked the roles.
 */
@Dependent
public class RecordFacts {

    /** DANOS units (code and title) whose evidence or sign-off for the person expires soon, and those expired. */
    public record LapsingUnits(List<String> expiring, List<String> expired) {
    }

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Inject
    QuizStanding quizzes;

    @Inject
    CompetencyFacts competencies;

    @Inject
    CourseRecords courses;

    /** Short descriptions (course titles) of quizzes the person has failed and not yet passed. */
    public List<String> failedQuizzes(long personId) {
        Map<String, String> titles = new HashMap<>();
        courses.currentCourses().forEach(c -> titles.put(c.code(), c.title()));
        List<String> out = new ArrayList<>();
        for (QuizStanding.Standing q : quizzes.ofPerson(personId)) {
            if (q.passed() || q.failedAttempts() == 0) {
                continue;
            }
            String title = titles.getOrDefault(q.courseCode(), q.courseCode());
            String best = q.bestPercent() == null ? "" : ", best " + Math.round(q.bestPercent()) + "%";
            out.add(title + (q.outOfTries()
                    ? " (out of attempts: " + q.attemptsUsed() + " of " + q.attemptLimit() + " used" + best
                            + "; agree whether to grant another)"
                    : " (" + q.failedAttempts() + (q.failedAttempts() == 1 ? " failed attempt" : " failed attempts")
                            + best + ", " + q.attemptsLeft() + " left)"));
        }
        return out;
    }

    /** The person's DANOS units expiring soon (with the date) and expired, from one look-up. */
    public LapsingUnits lapsingUnits(long personId) {
        List<CompetencyFacts.LapsingUnit> units = competencies.lapsingUnits(personId);
        return new LapsingUnits(units.stream().filter(u -> !u.expired())
                .map(u -> u.code() + " " + u.title() + (u.validUntil() == null ? "" : " (until " + UK.format(u.validUntil()) + ")"))
                .toList(),
                units.stream().filter(CompetencyFacts.LapsingUnit::expired).map(u -> u.code() + " " + u.title()).toList());
    }
}
