package org.maple.certificate.entity;

/** What a certificate is for: one course, or the whole induction. */
public enum CertificateKind {
    COURSE, INDUCTION
}
