package org.maple.certificate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class CertificateTest {

    static final VerificationCode CODE = VerificationCode.parse("000000000000").orElseThrow();

    static Certificate.Content content(String holder, Double score, LocalDate expires) {
        return new Certificate.Content(CertificateKind.COURSE, "course:9", 7L, 9L, holder, "smart-recovery",
                "SMART Recovery", 3, LocalDate.of(2025, 1, 31), score, List.of("AF1", "AI1"), expires);
    }

    static Certificate certificate(String holder) {
        return new Certificate(content(holder, 80.0, LocalDate.of(2027, 1, 31)), 1, CODE, LocalDateTime.of(2025, 1, 31, 9, 30, 15, 999));
    }

    @Test
    void theCanonicalContentIsFixedLinesAndItsHashIsSha256() {
        Certificate c = certificate("Nguyễn Văn An");
        assertEquals("""
                maple-certificate-v1
                code=000000000000
                kind=COURSE
                holder=Nguyễn Văn An
                course=smart-recovery
                title=SMART Recovery
                version=3
                completed=2025-01-31
                issued=2025-01-31
                score=80.0
                danos=AF1,AI1
                expires=2027-01-31
                edition=1
                """, c.canonicalContent());
        assertEquals(64, c.getContentHash().length());
        assertEquals(Certificate.sha256(c.canonicalContent()), c.getContentHash());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Certificate.sha256(""));
    }

    @Test
    void theHashDoesNotDependOnUnicodeNormalisationButOnEveryField() {
        Certificate composed = certificate("Si\u00e2n");
        Certificate decomposed = certificate("Sia\u0302n");
        assertEquals(composed.getContentHash(), decomposed.getContentHash());
        assertNotEquals(composed.getContentHash(), certificate("Sian").getContentHash());
        Certificate noScore = new Certificate(content("Siân", null, null), 1, CODE, LocalDateTime.of(2025, 1, 31, 9, 30));
        assertTrue(noScore.canonicalContent().contains("score=-\n"));
        assertTrue(noScore.canonicalContent().contains("expires=-\n"));
        assertNotEquals(composed.getContentHash(), noScore.getContentHash());
    }

    @Test
    void statusFollowsStateAndExpiryDate() {
        Certificate c = certificate("Alex");
        assertEquals(CertificateStatus.VALID, c.statusOn(LocalDate.of(2027, 1, 31)));
        assertEquals(CertificateStatus.EXPIRED, c.statusOn(LocalDate.of(2027, 2, 1)));
        assertTrue(c.revoke("  issued in error ", LocalDateTime.now()));
        assertEquals("issued in error", c.getRevokedReason());
        assertEquals(CertificateStatus.REVOKED, c.statusOn(LocalDate.of(2025, 2, 1)));
        assertFalse(c.revoke("again", LocalDateTime.now()), "revoked once");
        Certificate s = certificate("Alex");
        s.supersede(99L);
        assertEquals(CertificateStatus.SUPERSEDED, s.statusOn(LocalDate.of(2025, 2, 1)));
        assertFalse(s.revoke("too late", LocalDateTime.now()));
    }

    @Test
    void aReissueKeepsTheAchievementWithTheNewName() {
        Certificate c = certificate("Jo O'Brien");
        Certificate.Content next = c.reissueContent("Siân O'Brien");
        assertEquals("Siân O'Brien", next.holderName());
        assertEquals(c.getCompletedOn(), next.completedOn());
        assertEquals(c.getExpiresOn(), next.expiresOn());
        assertEquals(c.getIssueKey(), next.issueKey());
        assertEquals(c.getDanosCodes(), next.danosCodes());
    }
}
