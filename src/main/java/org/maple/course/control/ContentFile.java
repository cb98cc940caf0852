package org.maple.course.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.maple.course.entity.FileProblem;
import org.maple.platform.yaml.YamlMap;

/**
 * Reads one content file for a parser: at most {@link #MAX_BYTES}, strict UTF-8, a leading
 * byte-order mark dropped. Problems go to the caller's list under the file's shown name.
 */
final class ContentFile {

    /** Largest content file MAPLE reads: 512 KiB. */
    static final long MAX_BYTES = 512 * 1024;

    /** The file's raw bytes (for hashing) and its text. */
    record Read(byte[] bytes, String text) {
    }

    private ContentFile() {
    }

    /** Reads the file, or reports why it cannot be read and gives empty. */
    static Optional<Read> read(Path path, String shownAs, List<FileProblem> problems) {
        try {
            if (!Files.isRegularFile(path)) {
                problems.add(new FileProblem(shownAs, 0, "file not found"));
                return Optional.empty();
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(new FileProblem(shownAs, 0, "file is " + size + " bytes, over the "
                        + MAX_BYTES / 1024 + " KiB limit"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(new Read(bytes, text));
        } catch (CharacterCodingException e) {
            problems.add(new FileProblem(shownAs, 0, "file is not UTF-8 text; save it as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new FileProblem(shownAs, 0, "file cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** A YAML reporter adding problems about {@code shownAs} to the list. */
    static YamlMap.Reporter reporter(String shownAs, List<FileProblem> problems) {
        return (line, reason) -> problems.add(new FileProblem(shownAs, line, reason));
    }
}
