package org.maple.competency.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.competency.boundary.CompetencyRecords.AttentionItem;
import org.maple.competency.boundary.CompetencyRecords.ProgressSeries;
import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.course.boundary.CourseRecords;
import org.maple.quiz.boundary.QuizStanding;
import org.maple.course.boundary.CourseRecords.CourseCell;
import org.maple.course.entity.CourseStatus;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;

/**
 * What a manager should look at in a team ("needs attention") and the team's induction progress over
 * time. Own teams only (others answer 404); an admin any team. Role: manager, admin.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class TeamInsightService {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    @Inject
    CallerService caller;

    @Inject
    Access access;

    @Inject
    CompetencyRepository repository;

    @Inject
    StatusReader reader;

    @Inject
    ContextFactory contexts;

    @Inject
    CourseRecords courses;

    @Inject
    QuizStanding quiz;

    /** Use case: overdue induction courses, course certificates expired or revoked, expired and expiring units, quizzes failed and out of attempts. */
    public List<AttentionItem> attention(long teamId) {
        Team team = access.team(caller.current(), teamId);
        List<PersonRow> people = repository.people(team.getId());
        StatusCalculator.Context ctx = contexts.create();
        Map<String, String> titles = new HashMap<>();
        ctx.courses().forEach(c -> titles.put(c.code(), c.title()));
        Set<String> induction = ctx.courses().stream().filter(CourseRecords.CourseUnits::induction)
                .map(CourseRecords.CourseUnits::code).collect(Collectors.toSet());
        Map<Long, CourseRecords.PersonFacts> facts = new HashMap<>();
        people.forEach(p -> facts.put(p.id(), new CourseRecords.PersonFacts(p.startDate(), p.roles())));
        Map<Long, Map<String, CourseCell>> cells = courses.courseCells(facts);
        Map<Long, Map<String, StatusReader.Stored>> units = reader.read(people, ctx);
        Map<Long, Map<String, QuizStanding.Standing>> quizzes = quiz.of(people.stream().map(PersonRow::id).toList());
        List<AttentionItem> out = new ArrayList<>();
        for (PersonRow p : people) {
            cells.getOrDefault(p.id(), Map.of()).values().stream()
                    .filter(c -> c.status() == CourseStatus.OVERDUE && induction.contains(c.courseCode()))
                    .forEach(c -> out.add(new AttentionItem(p.id(), p.name(), "overdue-course",
                            "Induction course overdue: " + titles.get(c.courseCode()) + " (was due "
                                    + UK.format(c.dueDate()) + ")", null)));
            cells.getOrDefault(p.id(), Map.of()).values().stream()
                    .filter(c -> c.status() == CourseStatus.EXPIRED || c.status() == CourseStatus.REVOKED)
                    .forEach(c -> out.add(new AttentionItem(p.id(), p.name(), "lapsed-course",
                            c.status().label() + ": " + titles.getOrDefault(c.courseCode(), c.courseCode())
                                    + lapsedOn(c.certificate()), null)));
            units.getOrDefault(p.id(), Map.of()).forEach((unit, s) -> {
                if (s.status() == CompetencyStatus.EXPIRED) {
                    out.add(new AttentionItem(p.id(), p.name(), "expired-unit", "DANOS " + unit + " has expired", unit));
                } else if (s.status() == CompetencyStatus.EXPIRING) {
                    out.add(new AttentionItem(p.id(), p.name(), "expiring-unit", "DANOS " + unit + " expires on "
                            + UK.format(s.validUntil()), unit));
                }
            });
        }
        for (PersonRow p : people) {
            for (QuizStanding.Standing q : quizzes.getOrDefault(p.id(), Map.of()).values()) {
                String course = titles.getOrDefault(q.courseCode(), q.courseCode());
                String best = q.bestPercent() == null ? "" : "; best " + Math.round(q.bestPercent()) + "%";
                if (q.outOfTries()) {
                    out.add(new AttentionItem(p.id(), p.name(), "out-of-tries", "Out of quiz attempts without passing: "
                            + course + " (" + q.attemptsUsed() + " of " + q.attemptLimit() + " used" + best
                            + "); grant another attempt to let them try again", null));
                } else if (!q.passed() && q.failedAttempts() > 0) {
                    out.add(new AttentionItem(p.id(), p.name(), "failed-attempt", "Quiz not passed yet: " + course + " ("
                            + q.failedAttempts() + (q.failedAttempts() == 1 ? " failed attempt" : " failed attempts")
                            + best + ", " + q.attemptsLeft() + " of " + q.attemptLimit() + " left)", null));
                }
            }
        }
        out.sort((x, y) -> x.name().compareToIgnoreCase(y.name()) != 0 ? x.name().compareToIgnoreCase(y.name())
                : x.kind().compareTo(y.kind()));
        return out;
    }

    private static String lapsedOn(org.maple.course.boundary.CompletionValidity.Certified c) {
        if (c == null) {
            return "";
        }
        return c.revokedOn() != null ? " (on " + UK.format(c.revokedOn()) + ")"
                : c.expiresOn() != null ? " (on " + UK.format(c.expiresOn()) + ")" : "";
    }

    /** Use case: the share of the team's induction courses complete at the end of each of the last {@code weeks} weeks. */
    public ProgressSeries inductionProgress(long teamId, int weeks) {
        Team team = access.team(caller.current(), teamId);
        int n = Math.max(2, Math.min(weeks, 52));
        List<PersonRow> people = repository.people(team.getId());
        StatusCalculator.Context ctx = contexts.create();
        List<CourseRecords.CourseUnits> induction = ctx.courses().stream().filter(CourseRecords.CourseUnits::induction).toList();
        Map<Long, Map<String, LocalDate>> completed = new HashMap<>();
        for (CourseRecords.EnrolmentRecord e : courses.enrolments(people.stream().map(PersonRow::id).toList())) {
            if (e.complete()) {
                completed.computeIfAbsent(e.personId(), k -> new HashMap<>())
                        .merge(e.courseCode(), e.completedAt().toLocalDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<String> labels = new ArrayList<>();
        List<Integer> percent = new ArrayList<>();
        List<Integer> full = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            LocalDate day = ctx.today().minusWeeks(i);
            int total = 0;
            int done = 0;
            int inducted = 0;
            for (PersonRow p : people) {
                List<CourseRecords.CourseUnits> mine = induction.stream().filter(c -> c.assignedTo(p.roles())).toList();
                Map<String, LocalDate> when = completed.getOrDefault(p.id(), Map.of());
                int d = (int) mine.stream().filter(c -> when.containsKey(c.code()) && !when.get(c.code()).isAfter(day)).count();
                total += mine.size();
                done += d;
                if (!mine.isEmpty() && d == mine.size()) {
                    inducted++;
                }
            }
            labels.add(WEEK.format(day));
            percent.add(total == 0 ? 0 : (int) Math.round(100.0 * done / total));
            full.add(inducted);
        }
        return new ProgressSeries(labels, percent, full, people.size());
    }
}
