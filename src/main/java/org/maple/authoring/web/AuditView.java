package org.maple.authoring.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuditService;
import org.maple.authoring.boundary.AuthoringRecords.AuditRow;

/** Trainer → Authoring → Audit trail: the latest 200 authoring actions. */
@Named
@RequestScoped
public class AuditView {

    @Inject
    AuditService audit;

    private List<AuditRow> rows;

    @PostConstruct
    void init() {
        rows = audit.audit(null, 200);
    }

    public List<AuditRow> getRows() {
        return rows;
    }
}
