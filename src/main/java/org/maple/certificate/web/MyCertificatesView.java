package org.maple.certificate.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.certificate.boundary.CertificateRecords.CertificateSummary;
import org.maple.certificate.boundary.CertificateRecords.ReminderNotice;
import org.maple.certificate.boundary.MyCertificatesService;

/** "My certificates": every certificate I hold, with downloads, and my expiry reminders. */
@Named
@RequestScoped
public class MyCertificatesView {

    @Inject
    MyCertificatesService service;

    private List<CertificateSummary> certificates;
    private List<ReminderNotice> reminders;

    @PostConstruct
    void load() {
        certificates = service.mine();
        reminders = service.myReminders();
    }

    public List<CertificateSummary> getCertificates() {
        return certificates;
    }

    public List<ReminderNotice> getReminders() {
        return reminders;
    }
}
