package org.maple.certificate.boundary;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.certificate.boundary.CertificateRecords.CredentialCheck;
import org.maple.certificate.boundary.CertificateRecords.Verification;
import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.control.OpenBadges;
import org.maple.certificate.control.SigningKeys;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.VerificationCode;

/**
 * Public verification, for anyone without signing in: a code's certificate and status, a
 * presented Open Badges credential, MAPLE's public keys. Rate limiting is the caller's (resource,
 * page) job, since it needs the client's address. Role: anyone.
 */
@Stateless
@PermitAll
public class VerificationService {

    @Inject
    CertificateRepository certificates;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    /** Use case: check a typed code; "not-found" for a malformed or unknown one. */
    public Verification verify(String typed) {
        String shown = typed == null ? "" : typed.strip();
        shown = shown.length() > 40 ? shown.substring(0, 40) : shown;
        return VerificationCode.parse(typed).flatMap(v -> certificates.byCode(v.value()))
                .map(c -> Verification.of(c, LocalDate.now(clock))).orElse(Verification.notFound(shown));
    }

    /** Use case: check an Open Badges credential (VC-JWT) someone presents: valid, tampered, revoked, expired, superseded. */
    public CredentialCheck checkCredential(String jwt) {
        OpenBadges.Checked checked = OpenBadges.verify(jwt, keys::publicKey);
        return switch (checked.outcome()) {
            case MALFORMED -> new CredentialCheck("malformed", checked.detail(), null);
            case TAMPERED -> new CredentialCheck("tampered", checked.detail(), null);
            case SIGNED -> OpenBadges.codeOf(checked.credentialId()).flatMap(VerificationCode::parse)
                    .flatMap(v -> certificates.byCode(v.value()))
                    .map(this::statusOf)
                    .orElse(new CredentialCheck("not-found", "MAPLE signed this credential but has no such certificate.", null));
        };
    }

    /** Use case: MAPLE's public signing keys as a JWKS document (JSON text). */
    public String jwks() {
        keys.activeOrCreate();
        return keys.publicKeys().toString(true);
    }

    private CredentialCheck statusOf(Certificate c) {
        Verification v = Verification.of(c, LocalDate.now(clock));
        return new CredentialCheck(v.result(), "Signed by MAPLE and unchanged. " + v.message(), v);
    }
}
