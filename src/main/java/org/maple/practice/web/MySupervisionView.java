package org.maple.practice.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.practice.boundary.PracticeRecords.SupervisionRecord;
import org.maple.practice.boundary.SupervisionService;
import org.maple.platform.web.Pages;

/** "My supervision": the sessions my manager recorded with me; I read and acknowledge them. */
@Named
@ViewScoped
public class MySupervisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService service;

    private List<SupervisionRecord> sessions;
    private final Map<Long, String> comments = new HashMap<>();

    @PostConstruct
    void init() {
        sessions = service.mine();
    }

    public void acknowledge(SupervisionRecord s) {
        try {
            service.acknowledge(s.id(), comments.get(s.id()));
            Pages.info("Supervision of " + s.heldOn() + " acknowledged.");
            sessions = service.mine();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public List<SupervisionRecord> getSessions() {
        return sessions;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
