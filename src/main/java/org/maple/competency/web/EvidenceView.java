package org.maple.competency.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.competency.boundary.CompetencyRecords.PersonCompetencies;
import org.maple.competency.boundary.CompetencyRecords.UnitCompetency;
import org.maple.competency.boundary.SignOffService;
import org.maple.platform.web.Pages;

/**
 * A team member's evidence: all units ({@code ?person=}) or one unit ({@code &unit=}) with its audit
 * trail and the sign-off, decline and reopen actions the manager may take. View scoped so that the
 * sign-off form, shown only when a unit is selected, is there again when it is posted; the records
 * are reloaded per request, never kept in the session.
 */
@Named
@ViewScoped
public class EvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignOffService service;

    private Long person;
    private String unit;
    private String comment;
    private transient PersonCompetencies competencies;
    private transient UnitCompetency selected;

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
            competencies = null;
            Pages.info(done);
            Pages.redirect("/manager/competency/evidence.xhtml?person=" + person + "&unit=" + Pages.url(unit) + "#decision");
        } catch (RuntimeException e) {
            Pages.error(e);
            competencies = null;
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
        reloadIfNeeded();
        return competencies;
    }

    public UnitCompetency getSelected() {
        reloadIfNeeded();
        return selected;
    }

    /** After a postback (or a restored view) the records are loaded again from the ids. */
    private void reloadIfNeeded() {
        if (competencies == null && person != null) {
            try {
                competencies = service.person(person);
                selected = unit == null ? null : competencies.units().stream()
                        .filter(u -> u.unit().code().equals(unit)).findFirst().orElse(null);
            } catch (RuntimeException e) {
                competencies = null;
            }
        }
    }
}
