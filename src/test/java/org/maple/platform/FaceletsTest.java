package org.maple.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Rules for the Facelets pages that the compiler cannot check. */
class FaceletsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern METADATA_DEFINE = Pattern.compile(
            "<ui:define name=\"metadata\">\\s*<f:metadata>.*?</f:metadata>\\s*</ui:define>", Pattern.DOTALL);

    /**
     * A page on the layout keeps its {@code <f:metadata>} in {@code <ui:define name="metadata">}, which
     * the layout inserts as a direct child of the view. Anywhere else Faces still works but logs the
     * warning JSF1103 on every request, which costs time on the busiest pages.
     */
    @Test
    void metadataIsADirectChildOfTheView() throws IOException {
        List<String> misplaced;
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            misplaced = pages.filter(p -> p.toString().endsWith(".xhtml")).filter(FaceletsTest::misplacedMetadata)
                    .map(p -> WEBAPP.relativize(p).toString()).sorted().toList();
        }
        assertEquals(List.of(), misplaced, "pages whose <f:metadata> is not in <ui:define name=\"metadata\">");
    }

    private static boolean misplacedMetadata(Path page) {
        try {
            String text = Files.readString(page);
            if (!text.contains("template=\"/WEB-INF/templates/layout.xhtml\"")) {
                return false;
            }
            int all = count(Pattern.compile("<f:metadata>").matcher(text));
            int placed = count(METADATA_DEFINE.matcher(text));
            return all != placed;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
