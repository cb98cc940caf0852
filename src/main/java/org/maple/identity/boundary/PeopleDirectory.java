package org.maple.identity.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.control.PersonRepository;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Team;

/**
 * People and teams for other features' services, which enforce their own roles: who is in a
 * team, which teams a person may see (their own as manager; all as admin). Not exposed over HTTP.
 */
@Stateless
@PermitAll
public class PeopleDirectory {

    @Inject
    PersonRepository people;

    public Optional<Person> byEmail(String email) {
        return people.findByEmail(email);
    }

    /** The teams a person may see: every team for an admin, the teams they manage otherwise. */
    public List<Team> teamsVisibleTo(Person person) {
        return person.hasRole(Role.ADMIN) ? people.allTeams() : people.teamsManagedBy(person);
    }

    /** A team the person may see, or empty (also when it does not exist: no difference is shown). */
    public Optional<Team> visibleTeam(Person person, long teamId) {
        return people.findTeam(teamId).filter(t -> person.hasRole(Role.ADMIN) || t.isManagedBy(person));
    }

    public Optional<Person> byId(long id) {
        return people.find(id);
    }

    /**
     * A person the viewer may act on as their manager: anyone for an admin, members of the teams
     * they manage otherwise; empty also when the person does not exist.
     */
    public Optional<Person> managedPerson(Person viewer, long personId) {
        return people.find(personId).filter(p -> viewer.hasRole(Role.ADMIN)
                || p.getTeam() != null && p.getTeam().isManagedBy(viewer));
    }

    public List<Person> members(Team team) {
        return people.members(team);
    }
}
