package org.maple.competency.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.competency.boundary.CompetencyRecords.PersonCompetencies;
import org.maple.competency.boundary.MyCompetencyService;

/** "My competencies": each DANOS unit with my status, evidence and what is still needed. */
@Named
@RequestScoped
public class MyCompetenciesView {

    @Inject
    MyCompetencyService service;

    private PersonCompetencies mine;

    @PostConstruct
    void init() {
        mine = service.mine();
    }

    public PersonCompetencies getMine() {
        return mine;
    }
}
