package org.maple.competency.boundary;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.competency.boundary.CompetencyRecords.TeamChoice;
import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.competency.control.MatrixBuilder;
import org.maple.competency.control.MatrixExport;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.competency.entity.Matrix;
import org.maple.competency.entity.Matrix.Cell;
import org.maple.competency.entity.Matrix.Column;
import org.maple.competency.entity.Matrix.Row;
import org.maple.course.boundary.CompletionValidity;
import org.maple.course.boundary.CourseRecords;
import org.maple.quiz.boundary.QuizStanding;
import org.maple.course.boundary.CourseRecords.CourseCell;
import org.maple.course.entity.CourseStatus;
import org.maple.course.entity.DanosFramework;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;
import org.maple.platform.error.InvalidInputException;

/**
 * The team matrix: staff × DANOS units or staff × courses, filtered and sorted, with a summary row;
 * as data, CSV or a spreadsheet. A manager sees the teams they manage (others answer 404); an admin
 * sees every team and the whole organisation. Role: manager, admin.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class TeamMatrixService {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    public static final String ORGANISATION = "Whole organisation";

    @Inject
    CallerService caller;

    @Inject
    PeopleDirectory directory;

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

    /** Use case: the teams I may open. */
    public List<TeamChoice> teams() {
        Person me = caller.current();
        List<Team> teams = directory.teamsVisibleTo(me);
        Map<Long, Long> sizes = repository.memberCounts(teams.stream().map(Team::getId).toList()); // one query
        return teams.stream().map(t -> new TeamChoice(t.getId(), t.getName(), sizes.getOrDefault(t.getId(), 0L).intValue()))
                .toList();
    }

    /** Use case: a team's matrix ({@code view} units or courses; filter and sort as {@link MatrixBuilder}). */
    public Matrix team(long teamId, String view, String filter, String sort) {
        Team team = access.team(caller.current(), teamId);
        return build(team.getName(), team.getId(), repository.people(team.getId()), view, filter, sort);
    }

    /** Use case: the whole organisation's matrix (everyone in a team). Admin only. */
    @RolesAllowed(Roles.ADMIN)
    public Matrix organisation(String view, String filter, String sort) {
        List<PersonRow> people = repository.people((Long) null).stream().filter(p -> p.teamId() != null).toList();
        return build(ORGANISATION, null, people, view, filter, sort);
    }

    /** Use case: export a team's matrix as CSV. */
    public String teamCsv(long teamId, String view, String filter, String sort) {
        return MatrixExport.csv(team(teamId, view, filter, sort));
    }

    /** Use case: export a team's matrix as an .xlsx spreadsheet. */
    public byte[] teamXlsx(long teamId, String view, String filter, String sort) {
        return MatrixExport.xlsx(team(teamId, view, filter, sort));
    }

    /** Use case: export the organisation's matrix as CSV. Admin only. */
    @RolesAllowed(Roles.ADMIN)
    public String organisationCsv(String view, String filter, String sort) {
        return MatrixExport.csv(organisation(view, filter, sort));
    }

    /** Use case: export the organisation's matrix as a spreadsheet. Admin only. */
    @RolesAllowed(Roles.ADMIN)
    public byte[] organisationXlsx(String view, String filter, String sort) {
        return MatrixExport.xlsx(organisation(view, filter, sort));
    }

    static Matrix.View view(String view) {
        if (view == null || view.isBlank() || view.equals("units")) {
            return Matrix.View.UNITS;
        }
        if (view.equals("courses")) {
            return Matrix.View.COURSES;
        }
        throw new InvalidInputException("view must be 'units' or 'courses'.");
    }

    static void checkFilter(String filter) {
        if (filter != null && !filter.isBlank() && !MatrixBuilder.FILTERS.contains(filter)) {
            throw new InvalidInputException("filter must be one of " + String.join(", ", MatrixBuilder.FILTERS) + ".");
        }
    }

    private Matrix build(String scope, Long teamId, List<PersonRow> people, String viewWord, String filter, String sort) {
        Matrix.View view = view(viewWord);
        checkFilter(filter);
        if (sort != null && sort.length() > 80) {
            throw new InvalidInputException("sort is too long.");
        }
        StatusCalculator.Context ctx = contexts.create();
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (view == Matrix.View.UNITS) {
            for (DanosFramework.Unit u : ctx.framework().units()) {
                boolean doubt = ctx.framework().uncertaintiesOf(u.code()).stream().anyMatch(DanosFramework.Uncertainty::open);
                columns.add(new Column(u.code(), u.code(), u.title(), doubt ? "code or title uncertain" : ""));
            }
            Map<Long, Map<String, StatusReader.Stored>> stored = reader.read(people, ctx);
            for (PersonRow p : people) {
                Map<String, StatusReader.Stored> mine = stored.getOrDefault(p.id(), Map.of());
                List<Cell> cells = new ArrayList<>(columns.size());
                for (Column c : columns) {
                    StatusReader.Stored s = mine.get(c.key());
                    CompetencyStatus st = s == null ? CompetencyStatus.NOT_STARTED : s.status();
                    String detail = s == null || s.validUntil() == null ? "" : "until " + UK.format(s.validUntil());
                    cells.add(new Cell(c.key(), st.name(), st.label(), st.icon(), st.tone(), detail, st.rank(), st.current()));
                }
                rows.add(new Row(p.id(), p.name(), p.email(), p.teamName(), cells));
            }
        } else {
            List<CourseRecords.CourseUnits> current = ctx.courses();
            current.forEach(c -> columns.add(new Column(c.code(), c.title(), c.title(), c.induction() ? "induction" : "")));
            Map<Long, CourseRecords.PersonFacts> facts = new HashMap<>();
            people.forEach(p -> facts.put(p.id(), new CourseRecords.PersonFacts(p.startDate(), p.roles())));
            Map<Long, Map<String, CourseCell>> cells = courses.courseCells(facts);
            Map<Long, Map<String, QuizStanding.Standing>> quizzes = quiz.of(people.size() > 200 ? null
                    : people.stream().map(PersonRow::id).toList());
            for (PersonRow p : people) {
                Map<String, CourseCell> mine = cells.getOrDefault(p.id(), Map.of());
                Map<String, QuizStanding.Standing> myQuizzes = quizzes.getOrDefault(p.id(), Map.of());
                List<Cell> row = new ArrayList<>(columns.size());
                for (Column c : columns) {
                    row.add(courseCell(c.key(), mine.get(c.key()), myQuizzes.get(c.key())));
                }
                rows.add(new Row(p.id(), p.name(), p.email(), p.teamName(), row));
            }
        }
        return MatrixBuilder.build(scope, teamId, view, columns, rows, filter, sort);
    }

    static Cell courseCell(String key, CourseCell c) {
        return courseCell(key, c, null);
    }

    /** A course cell in words, icon and tone; a quiz out of tries is said in the detail. */
    static Cell courseCell(String key, CourseCell c, QuizStanding.Standing quiz) {
        if (c == null) {
            return new Cell(key, "NOT_ASSIGNED", "Not assigned", "–", "none", "", 9, false);
        }
        CourseStatus s = c.status();
        CompletionValidity.Certified cert = c.certificate();
        String detail = switch (s) {
            case COMPLETE -> (c.completedAt() == null ? "" : "on " + UK.format(c.completedAt()))
                    + (cert == null || cert.expiresOn() == null ? "" : ", certificate valid until " + UK.format(cert.expiresOn()));
            case EXPIRED -> cert == null || cert.expiresOn() == null ? "" : "certificate expired on " + UK.format(cert.expiresOn());
            case REVOKED -> cert == null || cert.revokedOn() == null ? "" : "certificate revoked on " + UK.format(cert.revokedOn());
            case OVERDUE -> "was due " + UK.format(c.dueDate()) + ", " + c.lessonsDone() + "/" + c.lessonCount() + " lessons";
            case IN_PROGRESS -> c.lessonsDone() + "/" + c.lessonCount() + " lessons"
                    + (c.dueDate() == null ? "" : ", due " + UK.format(c.dueDate()));
            case NOT_STARTED -> c.dueDate() == null ? "" : "due " + UK.format(c.dueDate());
        };
        if (quiz != null && quiz.outOfTries() && s != CourseStatus.COMPLETE) {
            detail = (detail.isEmpty() ? "" : detail + "; ") + "quiz out of attempts (" + quiz.attemptsUsed() + " of "
                    + quiz.attemptLimit() + ")";
        }
        return switch (s) {
            case COMPLETE -> new Cell(key, s.name(), s.label(), "✓", "ok", detail, 5, true);
            case EXPIRED -> new Cell(key, s.name(), s.label(), "✗", "bad", detail, 0, false);
            case REVOKED -> new Cell(key, s.name(), s.label(), "⊘", "bad", detail, 0, false);
            case OVERDUE -> new Cell(key, s.name(), s.label(), "!", "bad", detail, 0, false);
            case IN_PROGRESS -> new Cell(key, s.name(), s.label(), "◐", "info", detail, 2, false);
            case NOT_STARTED -> new Cell(key, s.name(), s.label(), "○", "none", detail, 1, false);
        };
    }
}
