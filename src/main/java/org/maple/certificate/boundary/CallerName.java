package org.maple.certificate.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.certificate.entity.CertificateAudit;
import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;

/** The name recorded as the actor in the audit trail: the signed-in person's e-mail, or "system". */
@Dependent
public class CallerName {

    @Inject
    CallerService caller;

    public String name() {
        return caller.find().map(Person::getEmail).orElse(CertificateAudit.SYSTEM);
    }
}
