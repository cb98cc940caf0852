package org.maple.identity.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.maple.identity.control.PasswordHasher;
import org.maple.identity.control.PersonRepository;
import org.maple.identity.control.StaffCsvParser;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Roles;
import org.maple.identity.entity.Team;
import org.maple.platform.error.InvalidInputException;

/** Creating and importing staff accounts. Role: admin. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAdminService {

    /** One line of an import report. */
    public record ImportLine(long line, String email, String outcome, String temporaryPassword) implements java.io.Serializable {
    }

    public record ImportReport(List<ImportLine> imported, List<StaffCsvParser.RowProblem> problems) implements java.io.Serializable {
    }

    public record StaffListing(long id, String name, String email, String roles, String team, LocalDate startDate,
            boolean locked) implements java.io.Serializable {
    }

    @Inject
    PersonRepository people;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    Event<PersonRenamed> renamed;

    /** Use case: an admin lists every account. */
    public List<StaffListing> list() {
        LocalDateTime now = LocalDateTime.now(clock);
        return people.all().stream().map(p -> new StaffListing(p.getId(), p.getDisplayName(), p.getEmail(),
                String.join(", ", p.getRoles().stream().map(Role::groupName).sorted().toList()),
                p.getTeam() == null ? "" : p.getTeam().getName(), p.getStartDate(), p.isLocked(now))).toList();
    }

    public List<String> teamNames() {
        return people.allTeams().stream().map(Team::getName).toList();
    }

    /** Use case: an admin creates one account with an initial password. */
    public long create(String name, String email, Set<Role> roles, String teamName, LocalDate startDate, String password) {
        StaffCsvParser.Result check = StaffCsvParser.parse("name,email,role,team,start_date\n"
                + csv(name) + "," + csv(email) + "," + csv(roles.isEmpty() ? "learner"
                        : String.join(";", roles.stream().map(Role::groupName).toList()))
                + "," + csv(teamName == null ? "" : teamName) + "," + (startDate == null ? "" : startDate), LocalDate.now(clock));
        if (!check.problems().isEmpty()) {
            throw new InvalidInputException(check.problems().get(0).reason());
        }
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            throw new InvalidInputException("The password must have at least " + PasswordHasher.MIN_LENGTH + " characters.");
        }
        StaffCsvParser.StaffRow row = check.rows().get(0);
        if (people.findByEmail(row.email()).isPresent()) {
            throw new InvalidInputException("An account with e-mail " + row.email() + " already exists.");
        }
        Person p = upsert(row, new ArrayList<>());
        p.setPasswordHash(hasher.hash(password.toCharArray()));
        return p.getId();
    }

    /** Use case: an admin imports staff from CSV; good rows are imported, bad rows reported. */
    public ImportReport importCsv(String csv) {
        StaffCsvParser.Result parsed = StaffCsvParser.parse(csv, LocalDate.now(clock));
        List<ImportLine> lines = new ArrayList<>();
        for (StaffCsvParser.StaffRow row : parsed.rows()) {
            List<String> notes = new ArrayList<>();
            boolean exists = people.findByEmail(row.email()).isPresent();
            Person p = upsert(row, notes);
            String temp = null;
            if (!exists) {
                temp = PasswordHasher.temporaryPassword();
                p.setPasswordHash(hasher.hash(temp.toCharArray()));
            }
            notes.add(0, exists ? "updated" : "created");
            lines.add(new ImportLine(row.line(), row.email(), String.join("; ", notes), temp));
        }
        return new ImportReport(lines, parsed.problems());
    }

    private Person upsert(StaffCsvParser.StaffRow row, List<String> notes) {
        LocalDateTime now = LocalDateTime.now(clock);
        Person p = people.findByEmail(row.email()).orElse(null);
        if (p == null) {
            p = new Person(row.email(), row.name(), row.startDate(), row.roles(), now);
            people.persist(p);
        } else {
            String oldName = p.getDisplayName();
            p.setDisplayName(row.name());
            if (!oldName.equals(p.getDisplayName())) {
                renamed.fire(new PersonRenamed(p.getId(), oldName, p.getDisplayName()));
            }
            p.setStartDate(row.startDate());
            p.setRoles(row.roles());
        }
        if (!row.team().isBlank()) {
            Team team = people.findTeamByName(row.team()).orElse(null);
            if (team == null) {
                team = new Team(row.team(), null);
                people.persist(team);
                notes.add("team '" + row.team() + "' created");
            }
            if (row.roles().contains(Role.MANAGER) && team.getManager() == null) {
                team.setManager(p);
                notes.add("manager of '" + team.getName() + "'");
            } else {
                p.setTeam(team);
            }
        }
        return p;
    }

    private static String csv(String v) {
        return "\"" + (v == null ? "" : v.replace("\"", "\"\"")) + "\"";
    }
}
