package org.maple.practice.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.practice.boundary.PracticeRecords.ActionForm;
import org.maple.practice.boundary.PracticeRecords.ItemForm;
import org.maple.practice.boundary.PracticeRecords.PromptView;
import org.maple.practice.boundary.PracticeRecords.SupervisionForm;
import org.maple.practice.boundary.PracticeRecords.SupervisionRecord;
import org.maple.practice.boundary.PracticeRecords.Suggestion;
import org.maple.practice.boundary.PracticeRecords.Supervisee;
import org.maple.practice.boundary.SupervisionPromptService;
import org.maple.practice.boundary.SupervisionService;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.platform.web.Pages;

/**
 * A manager's supervision page for one member of their team: suggested agenda, the session form
 * (prompts checklist, notes, agreed actions), and past sessions to edit (open) or reopen (acknowledged).
 */
@Named
@ViewScoped
public class SupervisionEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One checklist row of the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String text;
        private boolean discussed;
        private String note;

        Row(String code, String text) {
            this.code = code;
            this.text = text;
        }

        public String getCode() {
            return code;
        }

        public String getText() {
            return text;
        }

        public boolean isDiscussed() {
            return discussed;
        }

        public void setDiscussed(boolean discussed) {
            this.discussed = discussed;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** One agreed-action row of the form. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private LocalDate dueOn;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    @Inject
    SupervisionService service;

    @Inject
    SupervisionPromptService prompts;

    private Long personId;
    private String personName;
    private List<Supervisee> members = List.of();
    private List<Suggestion> suggestions = List.of();
    private List<SupervisionRecord> sessions = List.of();
    private Long editing;
    private LocalDate heldOn;
    private String notes;
    private List<Row> rows = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();
    private String reopenReason;

    public void load() {
        try {
            loadMembers();
        } catch (RuntimeException e) {
            Pages.error(e); // e.g. an admin without the manager role: supervision is a manager's
        }
    }

    private void loadMembers() {
        members = service.supervisees();
        if (personId == null && !members.isEmpty()) {
            personId = members.get(0).personId();
        }
        personName = members.stream().filter(m -> personId != null && m.personId() == personId)
                .map(Supervisee::name).findFirst().orElse(null);
        if (personId != null && personName == null) {
            Pages.notFound(new ItemNotFoundException("There is no member " + personId + " in your team."));
            return;
        }
        if (personId != null) {
            refresh();
            blank();
        }
    }

    private void refresh() {
        suggestions = service.suggestions(personId);
        sessions = service.sessionsOf(personId);
    }

    private void blank() {
        editing = null;
        heldOn = null;
        notes = null;
        rows = new ArrayList<>();
        for (PromptView p : prompts.prompts()) {
            if (p.active()) {
                rows.add(new Row(p.code(), p.text()));
            }
        }
        actions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            actions.add(new ActionRow());
        }
    }

    public void save() {
        List<ItemForm> items = rows.stream().map(r -> new ItemForm(r.code, r.discussed, r.note)).toList();
        List<ActionForm> acts = actions.stream()
                .map(a -> new ActionForm(a.text, a.dueOn == null ? null : a.dueOn.toString())).toList();
        SupervisionForm form = new SupervisionForm(personId, heldOn == null ? null : heldOn.toString(), notes, items, acts);
        try {
            if (editing == null) {
                service.record(form);
                Pages.info("Supervision recorded. " + personName + " can now read and acknowledge it.");
            } else {
                service.edit(editing, form);
                Pages.info("Supervision updated.");
            }
            refresh();
            blank();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void edit(SupervisionRecord s) {
        editing = s.id();
        heldOn = s.heldOn();
        notes = s.notes();
        rows = new ArrayList<>();
        s.items().forEach(i -> {
            Row r = new Row(i.promptCode(), i.promptText());
            r.discussed = i.discussed();
            r.note = i.note();
            rows.add(r);
        });
        actions = new ArrayList<>();
        s.actions().forEach(a -> {
            ActionRow r = new ActionRow();
            r.text = a.text();
            r.dueOn = a.dueOn();
            actions.add(r);
        });
        actions.add(new ActionRow());
    }

    public void reopen(SupervisionRecord s) {
        try {
            service.reopen(s.id(), reopenReason);
            Pages.info("Session reopened: change it, then " + personName + " acknowledges it again.");
            reopenReason = null;
            refresh();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void cancel() {
        blank();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getPersonName() {
        return personName;
    }

    public List<Supervisee> getMembers() {
        return members;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public List<SupervisionRecord> getSessions() {
        return sessions;
    }

    public Long getEditing() {
        return editing;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
