package org.maple.certificate.control;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateKind;

/**
 * Open Badges 3.0 {@code OpenBadgeCredential}s (W3C Verifiable Credentials 2.0) in the VC-JWT
 * proof format of OB 3.0 §8.2: the credential's members are the JWT claims, plus {@code iss},
 * {@code jti}, {@code nbf} and {@code exp}; signed RS256 with a key whose public part is in the
 * header ({@code jwk}, {@code kid}) and in MAPLE's JWKS. The achievement is aligned to the DANOS
 * units the course evidences.
 */
public final class OpenBadges {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String DANOS_URL = "https://tools.skillsforhealth.org.uk/";

    /** What checking a presented credential found, before the certificate's own status is looked at. */
    public enum Outcome {
        /** Signed by a MAPLE key and unchanged. */
        SIGNED,
        /** The signature does not match the content, or the key is not MAPLE's. */
        TAMPERED,
        /** Not a JWT at all. */
        MALFORMED
    }

    public record Checked(Outcome outcome, String credentialId, String detail) {
    }

    private OpenBadges() {
    }

    /** The credential as JSON members, in a stable order. */
    public static Map<String, Object> credential(Certificate c, String baseUrl, String issuerName) {
        String base = trim(baseUrl);
        Map<String, Object> cred = new LinkedHashMap<>();
        cred.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        cred.put("id", base + "/verify/" + c.getCode());
        cred.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        cred.put("issuer", Map.of("id", base, "type", List.of("Profile"), "name", issuerName, "url", base));
        cred.put("validFrom", instant(c.getIssuedAt().toLocalDate()));
        if (c.getExpiresOn() != null) {
            cred.put("validUntil", instant(c.getExpiresOn().plusDays(1)));
        }
        cred.put("name", c.getCourseTitle());
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", base + "/achievements/" + c.getCourseCode() + "/" + c.getCourseVersion());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", c.getCourseTitle());
        achievement.put("description", c.getKind() == CertificateKind.INDUCTION
                ? "Completed every course of the MAPLE mutual aid induction."
                : "Completed version " + c.getCourseVersion() + " of the MAPLE course \"" + c.getCourseTitle() + "\".");
        achievement.put("criteria", Map.of("narrative", c.getKind() == CertificateKind.INDUCTION
                ? "Every induction course assigned to the learner completed."
                : "Every lesson of the course completed, and its quiz passed where the course has one."));
        achievement.put("humanCode", c.getCourseCode());
        List<Object> alignment = new ArrayList<>();
        for (String unit : c.getDanosCodes()) {
            alignment.add(Map.of("type", List.of("Alignment"), "targetName", "DANOS unit " + unit, "targetCode", unit,
                    "targetFramework", "Drug and Alcohol National Occupational Standards (DANOS)",
                    "targetType", "CFItem", "targetUrl", DANOS_URL));
        }
        if (!alignment.isEmpty()) {
            achievement.put("alignment", alignment);
        }
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
                "identityHash", c.getHolderName())));
        subject.put("activityEndDate", instant(c.getCompletedOn()));
        if (c.getScore() != null) {
            subject.put("result", List.of(Map.of("type", List.of("Result"), "value", c.scoreText())));
        }
        subject.put("achievement", achievement);
        cred.put("credentialSubject", subject);
        cred.put("evidence", List.of(Map.of("type", List.of("Evidence"), "id", base + "/verify/" + c.getCode(),
                "name", "MAPLE certificate " + c.verificationCode().display(),
                "description", "Content fingerprint (SHA-256) " + c.getContentHash())));
        return cred;
    }

    /** Signs a credential as a VC-JWT. */
    public static String sign(Map<String, Object> credential, RSAKey key) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
            credential.forEach(claims::claim);
            @SuppressWarnings("unchecked")
            Map<String, Object> issuer = (Map<String, Object>) credential.get("issuer");
            claims.issuer((String) issuer.get("id"));
            claims.jwtID((String) credential.get("id"));
            claims.notBeforeTime(Date.from(java.time.Instant.parse((String) credential.get("validFrom"))));
            if (credential.get("validUntil") != null) {
                claims.expirationTime(Date.from(java.time.Instant.parse((String) credential.get("validUntil"))));
            }
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID())
                    .jwk(key.toPublicJWK()).build();
            SignedJWT jwt = new SignedJWT(header, claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the credential", e);
        }
    }

    /**
     * Checks a presented VC-JWT against MAPLE's public keys (found by {@code kid}); the key in the
     * header is never trusted on its own.
     */
    public static Checked verify(String token, Function<String, Optional<RSAKey>> publicKeys) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token == null ? "" : token.strip());
        } catch (ParseException e) {
            return new Checked(Outcome.MALFORMED, null, "This is not a signed credential (JWT).");
        }
        String id;
        try {
            Object jti = jwt.getJWTClaimsSet().getClaim("id");
            id = jti instanceof String s ? s : jwt.getJWTClaimsSet().getJWTID();
        } catch (ParseException e) {
            return new Checked(Outcome.MALFORMED, null, "The credential's content cannot be read.");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return new Checked(Outcome.TAMPERED, id, "The credential is not signed the way MAPLE signs.");
        }
        String kid = jwt.getHeader().getKeyID();
        Optional<RSAKey> key = kid == null ? Optional.empty() : publicKeys.apply(kid);
        if (key.isEmpty()) {
            return new Checked(Outcome.TAMPERED, id, "The credential is not signed with a MAPLE key.");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key.get()))) {
                return new Checked(Outcome.TAMPERED, id, "The signature does not match the content: the credential was changed.");
            }
        } catch (JOSEException e) {
            return new Checked(Outcome.TAMPERED, id, "The signature cannot be checked.");
        }
        return new Checked(Outcome.SIGNED, id, "Signed by MAPLE and unchanged.");
    }

    /** The verification code a MAPLE credential id ends with. */
    public static Optional<String> codeOf(String credentialId) {
        if (credentialId == null) {
            return Optional.empty();
        }
        int slash = credentialId.lastIndexOf("/verify/");
        return slash < 0 ? Optional.empty() : Optional.of(credentialId.substring(slash + "/verify/".length()));
    }

    private static String instant(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC));
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
