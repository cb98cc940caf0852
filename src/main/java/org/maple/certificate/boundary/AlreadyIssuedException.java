package org.maple.certificate.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A concurrent event issued the same certificate first (the unique issue key said so): this
 * attempt rolls back quietly. Never leaves the certificate feature.
 */
@ApplicationException(rollback = true)
class AlreadyIssuedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AlreadyIssuedException(String issueKey, Throwable cause) {
        super("Already issued: " + issueKey, cause);
    }
}
