package org.maple.competency.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.competency.boundary.CompetencyRecords.PersonCompetencies;
import org.maple.competency.control.CompetencyRepository;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ItemNotFoundException;

/** "My competencies": each DANOS unit with my status, its evidence and what is still needed. Role: any staff role. */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class MyCompetencyService {

    @Inject
    CallerService caller;

    @Inject
    CompetencyRepository repository;

    @Inject
    CompetencyViews views;

    @Inject
    ContextFactory contexts;

    /** Use case: see my own competencies (no actions offered). */
    public PersonCompetencies mine() {
        Person me = caller.current();
        return views.person(repository.person(me.getId()).orElseThrow(() -> new ItemNotFoundException("Unknown person.")),
                contexts.create(), null);
    }
}
