package org.maple.authoring.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course as a ZIP in exactly the content-root layout ({@code content/<course>/course.yaml},
 * {@code content/<course>/<lesson>.md}, {@code quizzes/<course>.yaml}, images under
 * {@code content/<course>/images/}): file bytes are written unchanged, entries sorted with a fixed
 * time, so exporting unchanged content gives the same bytes every time. Reading is bounded (entry
 * count, entry and total size) against ZIP bombs.
 */
public final class CourseZip {

    public static final int MAX_ENTRIES = 200;
    public static final long MAX_TOTAL = 16L * 1024 * 1024;
    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the earliest ZIP time

    /** What a ZIP held: the text files by path, images by path, and what could not be taken. */
    public record Contents(String code, Map<String, String> files, Map<String, byte[]> images, List<String> problems) {
    }

    private CourseZip() {
    }

    public static byte[] write(Map<String, String> files, Map<String, byte[]> binaries) {
        Map<String, byte[]> all = new TreeMap<>();
        files.forEach((p, t) -> all.put(p, t.getBytes(StandardCharsets.UTF_8)));
        all.putAll(binaries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : all.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads a course ZIP; the course id is the one folder under {@code content/}. */
    public static Contents read(byte[] zipBytes) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, byte[]> images = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            long total = 0;
            int count = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    problems.add("the ZIP has more than " + MAX_ENTRIES + " entries");
                    break;
                }
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = readBounded(zip, MAX_TOTAL - total);
                if (bytes == null) {
                    problems.add("the ZIP holds more than " + MAX_TOTAL / (1024 * 1024) + " MiB");
                    break;
                }
                total += bytes.length;
                raw.put(e.getName(), bytes);
            }
        } catch (ZipException e) {
            problems.add("the file is not a readable ZIP: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (raw.isEmpty() && problems.isEmpty()) {
            problems.add("the ZIP is empty or not a ZIP");
        }
        List<String> codes = raw.keySet().stream().filter(p -> p.startsWith("content/") && p.endsWith("/course.yaml"))
                .map(p -> p.substring("content/".length(), p.length() - "/course.yaml".length())).toList();
        if (codes.size() != 1 || !DraftPaths.validCode(codes.get(0))) {
            problems.add("the ZIP must hold exactly one course: content/<course>/course.yaml (found " + codes + ")");
            return new Contents(null, files, images, problems);
        }
        String code = codes.get(0);
        for (Map.Entry<String, byte[]> e : raw.entrySet()) {
            String path = e.getKey();
            if (path.startsWith("content/" + code + "/images/")) {
                images.put(path.substring(("content/" + code + "/images/").length()), e.getValue());
            } else if (DraftPaths.allowed(code, path)) {
                try {
                    files.put(path, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(e.getValue())).toString());
                } catch (CharacterCodingException x) {
                    problems.add(path + ": not UTF-8 text; save it as UTF-8");
                }
            } else {
                problems.add(path + ": not a file of course '" + code + "' (only content/" + code + "/course.yaml, "
                        + "its .md lessons, images/ and quizzes/" + code + ".yaml)");
            }
        }
        return new Contents(code, files, images, problems);
    }

    private static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long n = 0;
        for (int r = in.read(buf); r > 0; r = in.read(buf)) {
            n += r;
            if (n > max) {
                return null;
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }
}
