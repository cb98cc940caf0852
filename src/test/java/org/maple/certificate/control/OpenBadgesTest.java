package org.maple.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maple.certificate.entity.Certificate;

class OpenBadgesTest {

    static RSAKey key;
    static RSAKey otherKey;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("maple-test").algorithm(JWSAlgorithm.RS256).generate();
        otherKey = new RSAKeyGenerator(2048).keyID("maple-test").algorithm(JWSAlgorithm.RS256).generate();
    }

    static Optional<RSAKey> mapleKeys(String kid) {
        return "maple-test".equals(kid) ? Optional.of(key.toPublicJWK()) : Optional.empty();
    }

    static String signed(Certificate c) {
        return OpenBadges.sign(OpenBadges.credential(c, "https://maple.example.org/", "MAPLE"), key);
    }

    @Test
    void theCredentialIsAnOpenBadgeCredentialAlignedToTheDanosUnits() throws Exception {
        Certificate c = CertificatePdfTest.certificate("Łukasz Nowak");
        SignedJWT jwt = SignedJWT.parse(signed(c));
        Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
        assertEquals(List.of(OpenBadges.VC_CONTEXT, OpenBadges.OB_CONTEXT), claims.get("@context"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.get("type"));
        assertEquals("https://maple.example.org/verify/" + c.getCode(), claims.get("id"));
        assertEquals(claims.get("id"), jwt.getJWTClaimsSet().getJWTID());
        assertEquals("https://maple.example.org", jwt.getJWTClaimsSet().getIssuer());
        assertEquals("2025-03-14T00:00:00Z", claims.get("validFrom"));
        assertEquals("2027-03-15T00:00:00Z", claims.get("validUntil"));
        assertTrue(jwt.getJWTClaimsSet().getExpirationTime() != null && jwt.getJWTClaimsSet().getNotBeforeTime() != null);
        assertEquals("maple-test", jwt.getHeader().getKeyID());
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertTrue(jwt.getHeader().getJWK() != null && !jwt.getHeader().getJWK().isPrivate(), "public key only in the header");
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) claims.get("credentialSubject");
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> alignment = (List<Map<String, Object>>) achievement.get("alignment");
        assertEquals(List.of("AF1", "AI2"), alignment.stream().map(a -> a.get("targetCode")).toList());
        assertTrue(subject.toString().contains("Łukasz Nowak"));
    }

    @Test
    void anUntouchedCredentialVerifies() {
        Certificate c = CertificatePdfTest.certificate("Siân O'Brien");
        OpenBadges.Checked checked = OpenBadges.verify(signed(c), OpenBadgesTest::mapleKeys);
        assertEquals(OpenBadges.Outcome.SIGNED, checked.outcome(), checked.detail());
        assertEquals(Optional.of(c.getCode()), OpenBadges.codeOf(checked.credentialId()));
    }

    @Test
    void aTamperedPayloadFails() {
        Certificate c = CertificatePdfTest.certificate("Siân O'Brien");
        String[] parts = signed(c).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("Siân O'Brien", "Someone Else");
        assertTrue(!forged.equals(payload));
        String token = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        OpenBadges.Checked checked = OpenBadges.verify(token, OpenBadgesTest::mapleKeys);
        assertEquals(OpenBadges.Outcome.TAMPERED, checked.outcome());
    }

    @Test
    void aCredentialSignedWithAnotherKeyUnderMaplesKeyIdFails() {
        Certificate c = CertificatePdfTest.certificate("Alex Taylor");
        String token = OpenBadges.sign(OpenBadges.credential(c, "https://maple.example.org", "MAPLE"), otherKey);
        assertEquals(OpenBadges.Outcome.TAMPERED, OpenBadges.verify(token, OpenBadgesTest::mapleKeys).outcome());
        assertEquals(OpenBadges.Outcome.TAMPERED, OpenBadges.verify(token, kid -> Optional.empty()).outcome());
    }

    @Test
    void garbageIsMalformed() {
        assertEquals(OpenBadges.Outcome.MALFORMED, OpenBadges.verify("not a jwt", OpenBadgesTest::mapleKeys).outcome());
        assertEquals(OpenBadges.Outcome.MALFORMED, OpenBadges.verify(null, OpenBadgesTest::mapleKeys).outcome());
        assertEquals(OpenBadges.Outcome.MALFORMED, OpenBadges.verify("a.b.c", OpenBadgesTest::mapleKeys).outcome());
    }
}
