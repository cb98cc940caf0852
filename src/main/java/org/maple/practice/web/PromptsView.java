package org.maple.practice.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.practice.boundary.PracticeRecords.PromptView;
import org.maple.practice.boundary.SupervisionPromptService;
import org.maple.platform.web.Pages;

/** Admin → Supervision prompts: the organisation's checklist for supervision sessions. */
@Named
@ViewScoped
public class PromptsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String text;
        private int position;
        private boolean active = true;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @Inject
    SupervisionPromptService service;

    private List<Row> rows;
    private Row added;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = new ArrayList<>();
        for (PromptView p : service.prompts()) {
            Row r = new Row();
            r.code = p.code();
            r.text = p.text();
            r.position = p.position();
            r.active = p.active();
            rows.add(r);
        }
        added = new Row();
        added.position = rows.size() + 1;
    }

    public void saveAll() {
        try {
            List<PromptView> all = new ArrayList<>();
            for (Row r : rows) {
                all.add(new PromptView(r.code, r.text, r.position, r.active));
            }
            if (added.text != null && !added.text.isBlank()) {
                all.add(new PromptView(added.code, added.text, added.position, added.active));
            }
            service.saveAll(all);
            Pages.info("Supervision prompts saved. New sessions use them; past sessions keep their wording.");
            load();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getAdded() {
        return added;
    }
}
