package org.maple.competency.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.identity.boundary.PeopleDirectory;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Team;
import org.maple.platform.error.ItemNotFoundException;

/**
 * Row-level rules of the competency feature: an admin sees everyone and every team; a manager sees
 * the teams they manage and their members; anything else answers 404, whether or not it exists.
 */
@Dependent
public class Access {

    @Inject
    PeopleDirectory people;

    @Inject
    CompetencyRepository repository;

    public Team team(Person me, long teamId) {
        return people.visibleTeam(me, teamId)
                .orElseThrow(() -> new ItemNotFoundException("There is no team " + teamId + " that you manage."));
    }

    public PersonRow member(Person me, long personId) {
        return people.managedPerson(me, personId).flatMap(p -> repository.person(personId))
                .orElseThrow(() -> new ItemNotFoundException("There is no member of your team with id " + personId + "."));
    }
}
