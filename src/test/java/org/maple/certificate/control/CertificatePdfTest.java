package org.maple.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateKind;
import org.maple.certificate.entity.VerificationCode;

class CertificatePdfTest {

    static Certificate certificate(String holder) {
        return new Certificate(new Certificate.Content(CertificateKind.COURSE, "course:1", 7L, 1L, holder,
                "mutual-aid-essentials", "Mutual aid: essentials and evidence", 2, LocalDate.of(2025, 3, 14), 87.5,
                List.of("AF1", "AI2"), LocalDate.of(2027, 3, 14)), 1, VerificationCode.generate(new SecureRandom()),
                LocalDateTime.of(2025, 3, 14, 10, 0));
    }

    @Test
    void namesInAnyLatinScriptAreRenderedAsTextWithTheCodeInATaggedPdfWithATitle() throws IOException {
        String name = "Łukasz Nguyễn-Siân O'Brien";
        Certificate c = certificate(name);
        byte[] pdf = CertificatePdf.render(c, "https://maple.example.org/verify/" + c.getCode());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(name), text);
            assertTrue(text.contains(c.verificationCode().display()), text);
            assertTrue(text.contains("Mutual aid: essentials and evidence"), text);
            assertTrue(text.contains("87.5%"), text);
            assertTrue(text.contains(c.getContentHash()), text);
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                    "tagged PDF");
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "structure tree");
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().contains(name), doc.getDocumentInformation().getTitle());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            PDPage page = doc.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "A4 landscape");
            assertEquals(842, Math.round(page.getMediaBox().getWidth()));
            for (org.apache.pdfbox.cos.COSName f : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(f);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
        }
    }

    @Test
    void markupInANameIsPrintedNotInterpreted() throws IOException {
        Certificate c = certificate("<b>Alex</b> & \"Sam\"");
        byte[] pdf = CertificatePdf.render(c, "http://localhost/verify/" + c.getCode());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("<b>Alex</b> & \"Sam\""));
        }
    }

    @Test
    void warmRenderTime() {
        Certificate c = certificate("Siân O'Brien");
        for (int i = 0; i < 5; i++) {
            CertificatePdf.render(c, "http://localhost/verify/" + c.getCode());
        }
        int n = 20;
        long t0 = System.nanoTime();
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes = CertificatePdf.render(c, "http://localhost/verify/" + c.getCode()).length;
        }
        double ms = (System.nanoTime() - t0) / 1e6 / n;
        System.out.printf("certificate PDF: %.1f ms warm, %d bytes%n", ms, bytes);
        assertTrue(bytes > 1000);
    }
}
