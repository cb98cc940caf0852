package org.maple.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.maple.certificate.control.SigningKeys;

/** At start: make sure the Open Badges signing key exists (created once per cluster, under a lock). */
@Startup
@Singleton
@DependsOn("DbMigrator")
public class CertificateStartup {

    @Inject
    SigningKeys keys;

    @PostConstruct
    void start() {
        keys.activeOrCreate();
    }
}
