package org.maple.competency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.competency.boundary.CompetencyRecords.PersonCompetencies;
import org.maple.competency.boundary.CompetencyRecords.UnitCompetency;
import org.maple.competency.boundary.SignOffService;
import org.maple.platform.web.Pages;

/**
 * A team member's evidence: all units ({@code ?person=}) or one unit ({@code &unit=}) with its audit
 * trail and the sign-off, decline and reopen actions the manager may take.
 */
@Named
@RequestScoped
public class EvidenceView {

    @Inject
    SignOffService service;

    private Long person;
    private String unit;
    private String comment;
    private PersonCompetencies competencies;
    private UnitCompetency selected;

    /** GET: loads the person (404 when not one of my team). */
    public void load() {
        if (person == null) {
            Pages.notFound(new org.maple.platform.error.ItemNotFoundException("No person given."));
            return;
        }
        try {
            competencies = service.person(person);
            if (unit != null && !unit.isBlank()) {
                selected = competencies.units().stream().filter(u -> u.unit().code().equals(unit)).findFirst()
                        .orElseThrow(() -> new org.maple.platform.error.ItemNotFoundException("There is no DANOS unit " + unit + "."));
            }
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    public void signOff() {
        act(() -> service.signOff(person, unit, comment), "Signed off.");
    }

    public void decline() {
        act(() -> service.decline(person, unit, comment), "Sign-off declined; the reason is recorded.");
    }

    public void reopen() {
        act(() -> service.reopen(person, unit, comment), "Reopened; the decision is kept in the audit trail.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Pages.info(done);
            Pages.redirect("/manager/competency/evidence.xhtml?person=" + person + "&unit=" + Pages.url(unit) + "#decision");
        } catch (RuntimeException e) {
            Pages.error(e);
            load();
        }
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public PersonCompetencies getCompetencies() {
        return competencies;
    }

    public UnitCompetency getSelected() {
        return selected;
    }
}
