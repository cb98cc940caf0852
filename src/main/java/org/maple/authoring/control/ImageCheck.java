package org.maple.authoring.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lesson images: the type is sniffed from the bytes (PNG, JPEG, GIF, WebP; never SVG, which can
 * carry script), the size limited, the name restricted to a safe file name whose extension matches.
 */
public final class ImageCheck {

    public static final int MAX_BYTES = 512 * 1024;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}\\.(png|jpg|gif|webp)");

    private ImageCheck() {
    }

    /** The media type the bytes really are, if an accepted image type. */
    public static Optional<String> sniff(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** Why the upload is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String name, String alt, byte[] bytes) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("Name the image with a-z, 0-9 and '-' and the extension .png, .jpg, .gif or .webp.");
        }
        if (alt == null || alt.isBlank()) {
            return Optional.of("Alt text is required: describe the image for people who cannot see it.");
        }
        if (alt.length() > 500) {
            return Optional.of("Keep the alt text under 500 characters.");
        }
        if (bytes == null || bytes.length == 0) {
            return Optional.of("The image is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("The image is " + bytes.length / 1024 + " KiB; the limit is " + MAX_BYTES / 1024 + " KiB.");
        }
        Optional<String> type = sniff(bytes);
        if (type.isEmpty()) {
            return Optional.of("The file is not a PNG, JPEG, GIF or WebP image.");
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String expected = switch (ext) {
            case "png" -> "image/png";
            case "jpg" -> "image/jpeg";
            case "gif" -> "image/gif";
            default -> "image/webp";
        };
        if (!expected.equals(type.get())) {
            return Optional.of("The file is " + type.get() + " but its name ends in ." + ext + ".");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
