package org.maple.certificate.entity;

/** What a verifier is told about a certificate on a given day. */
public enum CertificateStatus {
    VALID("Valid"), EXPIRED("Expired"), REVOKED("Revoked"), SUPERSEDED("Superseded by a newer certificate");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** JSON and CSS spelling: lower case. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
