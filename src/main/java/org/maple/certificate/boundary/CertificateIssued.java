package org.maple.certificate.boundary;

import java.time.LocalDate;

/** Fired when a certificate is issued or reissued (after the issuing transaction's work, inside it). */
public record CertificateIssued(long certificateId, String code, long personId, String courseCode, int courseVersion,
        LocalDate completedOn, LocalDate expiresOn, boolean reissue) implements java.io.Serializable {
}
