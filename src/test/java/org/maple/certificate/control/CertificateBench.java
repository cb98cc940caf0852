package org.maple.certificate.control;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateKind;
import org.maple.certificate.entity.VerificationCode;

/**
 * The certificate benchmark ({@code bench/certificates.sh}): issue + render time per certificate,
 * warm (code, content hash, PDF/UA with QR), Open Badges signing, and streaming a ZIP of N stored
 * PDFs the way {@code GET /api/certificates/teams/{id}/zip} does. Prints figures, asserts nothing.
 */
public final class CertificateBench {

    private static final String[] NAMES = {"Łukasz Kowalski", "Siân O'Brien", "Nguyễn Thị Lan", "Alex Taylor",
        "Zoë Brontë-Smith", "Αλέξανδρος Παπαδόπουλος", "Олена Шевченко", "Seán Ó Súilleabháin"};

    private CertificateBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(System.getProperty("warmup", "100"));
        int runs = Integer.parseInt(System.getProperty("runs", "200"));
        int zipSize = Integer.parseInt(System.getProperty("zip", "500"));
        SecureRandom random = new SecureRandom();

        long cold = System.nanoTime();
        issue(0, random);
        double coldMs = (System.nanoTime() - cold) / 1e6;
        for (int i = 0; i < warmup; i++) {
            issue(i, random);
        }
        double[] times = new double[runs];
        List<byte[]> pdfs = new ArrayList<>();
        List<Certificate> issued = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object[] r = issue(i, random);
            times[i] = (System.nanoTime() - t0) / 1e6;
            issued.add((Certificate) r[0]);
            pdfs.add((byte[]) r[1]);
        }
        Arrays.sort(times);

        RSAKey key = new RSAKeyGenerator(2048).keyID("bench").algorithm(JWSAlgorithm.RS256).generate();
        for (int i = 0; i < 50; i++) {
            OpenBadges.sign(OpenBadges.credential(issued.get(i % issued.size()), "https://maple.example.org", "MAPLE"), key);
        }
        long s0 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            OpenBadges.sign(OpenBadges.credential(issued.get(i % issued.size()), "https://maple.example.org", "MAPLE"), key);
        }
        double signMs = (System.nanoTime() - s0) / 1e6 / 200;

        while (pdfs.size() < zipSize) { // distinct documents, as stored at issue time
            pdfs.add((byte[]) issue(pdfs.size(), random)[1]);
        }
        Path zipFile = Files.createTempFile("maple-bench", ".zip");
        long z0 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zipFile), 64 * 1024);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            for (int i = 0; i < zipSize; i++) {
                zip.putNextEntry(new ZipEntry("certificate-" + i + ".pdf"));
                zip.write(pdfs.get(i));
                zip.closeEntry();
                if (i % 50 == 49) {
                    zip.flush();
                }
            }
        }
        double zipS = (System.nanoTime() - z0) / 1e9;
        long zipBytes = Files.size(zipFile);
        Files.delete(zipFile);

        int avgPdf = (int) pdfs.stream().mapToInt(p -> p.length).average().orElse(0);
        System.out.printf("MAPLE certificate benchmark (%d cores, JDK %s)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("first certificate (cold)        : %8.1f ms%n", coldMs);
        System.out.printf("issue + render, warm, p50       : %8.1f ms   (goal <= 50 ms)%n", times[runs / 2]);
        System.out.printf("issue + render, warm, p95       : %8.1f ms%n", times[(int) (runs * 0.95)]);
        System.out.printf("issue + render, warm, mean      : %8.1f ms   (%d certificates, PDF %d KB each)%n",
                Arrays.stream(times).average().orElse(0), runs, avgPdf / 1024);
        System.out.printf("Open Badges credential signing  : %8.1f ms%n", signMs);
        System.out.printf("ZIP of %d stored PDFs          : %8.2f s    (goal <= 10 s; %d MB)%n", zipSize, zipS,
                zipBytes / (1024 * 1024));
    }

    /** Issue one certificate as {@code CertificateIssuer} does, without the database: code, hash, PDF. */
    static Object[] issue(int i, SecureRandom random) {
        Certificate c = new Certificate(new Certificate.Content(CertificateKind.COURSE, "course:" + i, i, (long) i,
                NAMES[i % NAMES.length], "mutual-aid-essentials", "Mutual aid: essentials and evidence", 1,
                LocalDate.of(2025, 1, 1).plusDays(i % 300), i % 3 == 0 ? null : 70.0 + i % 30,
                List.of("AF1", "AF2", "AF3", "AI1", "AI2", "AI3", "AB7"), LocalDate.of(2027, 1, 1).plusDays(i % 300)),
                1, VerificationCode.generate(random), LocalDateTime.now());
        return new Object[] {c, CertificatePdf.render(c, "https://maple.example.org/verify/" + c.getCode())};
    }
}
