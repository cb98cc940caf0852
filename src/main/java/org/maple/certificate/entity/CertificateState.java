package org.maple.certificate.entity;

/** The stored state of a certificate; expiry is not stored but read from the date (see {@link CertificateStatus}). */
public enum CertificateState {
    VALID, REVOKED, SUPERSEDED
}
