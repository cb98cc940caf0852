package org.maple.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateKind;

/**
 * Renders a certificate as an A4 landscape PDF/UA document (openhtmltopdf): tagged, with a logical
 * reading order and a document title, text in the embedded DejaVu Sans (any Latin, Greek or
 * Cyrillic name), a QR code to the public verification page, the code and the content hash printed.
 * Thread-safe; no resource is fetched from outside.
 */
public final class CertificatePdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final byte[] REGULAR = load("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("fonts/DejaVuSans-Bold.ttf");
    private static final BlockingQueue<TrueTypeFont[]> FONTS =
            new ArrayBlockingQueue<>(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));

    static {
        // openhtmltopdf logs several INFO lines per document; failures still surface as exceptions
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private CertificatePdf() {
    }

    /** The PDF of a certificate whose public verification page is {@code verifyUrl}. */
    public static byte[] render(Certificate c, String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        TrueTypeFont[] fonts = borrowFonts();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePdfUaAccessibility(true);
            b.withProducer("MAPLE");
            b.usePDDocument(doc);
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, fonts[0], true)), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, fonts[1], true)), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.withHtmlContent(html(c, verifyUrl), null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FONTS.offer(fonts);
        }
        return out.toByteArray();
    }

    /**
     * Parsing the two 700 KB fonts costs more than laying out a page, so parsed fonts are kept in
     * a small pool; each render borrows a pair for itself (a parsed font is not shared by two
     * renders at once), and a burst beyond the pool parses extra pairs that are then dropped.
     */
    private static TrueTypeFont[] borrowFonts() {
        TrueTypeFont[] pair = FONTS.poll();
        if (pair != null) {
            return pair;
        }
        try {
            return new TrueTypeFont[] {new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
                new TTFParser().parse(new RandomAccessReadBuffer(BOLD))};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML the PDF is made from (every value escaped). */
    static String html(Certificate c, String verifyUrl) {
        String qr = Base64.getEncoder().encodeToString(QrCodes.png(verifyUrl));
        String what = c.getKind() == CertificateKind.INDUCTION ? "has completed the induction programme" : "has completed the course";
        String title = "Certificate of completion: " + c.getCourseTitle() + " – " + c.getHolderName();
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"Certificate ").append(esc(c.verificationCode().display())).append("\"/>")
                .append("<meta name=\"author\" content=\"MAPLE\"/>")
                .append("<style>").append(CSS).append("</style></head><body>")
                .append("<div class=\"frame\">")
                .append("<p class=\"brand\">MAPLE · Mutual Aid Professional Learning Environment</p>")
                .append("<h1>Certificate of completion</h1>")
                .append("<p class=\"intro\">This certifies that</p>")
                .append("<p class=\"holder\">").append(esc(c.getHolderName())).append("</p>")
                .append("<p class=\"intro\">").append(what).append("</p>")
                .append("<h2>").append(esc(c.getCourseTitle())).append("</h2>");
        if (c.getKind() == CertificateKind.COURSE) {
            h.append("<p class=\"detail\">Course version ").append(c.getCourseVersion()).append("</p>");
        }
        h.append("<p class=\"detail\">Completed on ").append(UK_DATE.format(c.getCompletedOn()));
        if (c.getScore() != null) {
            h.append(" · Quiz score ").append(esc(c.scoreText())).append("%");
        }
        h.append("</p>");
        h.append("<p class=\"detail\">").append(c.getExpiresOn() == null ? "Does not expire"
                : "Valid until " + UK_DATE.format(c.getExpiresOn())).append("</p>");
        if (!c.getDanosCodes().isEmpty()) {
            h.append("<p class=\"detail\">DANOS units evidenced: ").append(esc(String.join(", ", c.getDanosCodes()))).append("</p>");
        }
        h.append("<div class=\"verify\">")
                .append("<img class=\"qr\" src=\"data:image/png;base64,").append(qr)
                .append("\" alt=\"QR code linking to the verification page of this certificate\"/>")
                .append("<p>Check this certificate at <span class=\"url\">").append(esc(verifyUrl)).append("</span></p>")
                .append("<p>Verification code <span class=\"code\">").append(esc(c.verificationCode().display())).append("</span></p>")
                .append("<p class=\"hash\">Issued ").append(UK_DATE.format(c.getIssuedAt().toLocalDate()))
                .append(" · Content fingerprint (SHA-256) ").append(c.getContentHash()).append("</p>")
                .append("</div></div></body></html>");
        return h.toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: 'DejaVu Sans'; color: #1a1a1a; margin: 0; }
            .frame { border: 3px solid #2f5d50; padding: 12mm 16mm; height: 158mm; position: relative; }
            .brand { font-size: 10pt; color: #2f5d50; margin: 0 0 6mm 0; }
            h1 { font-size: 28pt; font-weight: 700; margin: 0 0 6mm 0; color: #2f5d50; }
            h2 { font-size: 17pt; font-weight: 700; margin: 2mm 0 4mm 0; }
            .intro { font-size: 12pt; margin: 0; }
            .holder { font-size: 24pt; font-weight: 700; margin: 3mm 0; }
            .detail { font-size: 11pt; margin: 1mm 0; width: 170mm; }
            .verify { position: absolute; bottom: 10mm; left: 16mm; right: 16mm; font-size: 9pt; }
            .verify p { margin: 1mm 0; width: 190mm; }
            .qr { position: absolute; right: 0; bottom: 0; width: 32mm; height: 32mm; }
            .code { font-weight: 700; font-size: 12pt; letter-spacing: 1pt; }
            .hash { font-size: 7pt; color: #444444; }
            """;

    private static byte[] load(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/org/maple/certificate/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
