package org.maple.certificate.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes (ZXing) as PNG images: black modules on white with the standard quiet zone. */
public final class QrCodes {

    private static final int MODULE_PIXELS = 4;

    private QrCodes() {
    }

    /** A PNG of a QR code holding {@code text} (error correction M: survives a crease or a stain). */
    public static byte[] png(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int w = m.getWidth() * MODULE_PIXELS;
            int h = m.getHeight() * MODULE_PIXELS;
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] pixels = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    pixels[y * w + x] = m.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0 : (byte) 0xFF;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for this text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
