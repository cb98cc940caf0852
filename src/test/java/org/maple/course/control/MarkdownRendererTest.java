package org.maple.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Lesson Markdown becomes HTML, and nothing unsafe survives, however it is written. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String render(String markdown) {
        return renderer.render(markdown);
    }

    private static void assertNoneOf(String html, String... forbidden) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String f : forbidden) {
            assertFalse(lower.contains(f), () -> "'" + f + "' survived in: " + html);
        }
    }

    @Test
    void headingsParagraphsListsAndEmphasis() {
        assertEquals("<h2>Practice scenario</h2>\n<p>A <em>client</em> says <strong>no</strong>.</p>\n"
                + "<ul><li>one</li><li><code>two</code></li></ul>\n",
                render("## Practice scenario\n\nA *client* says **no**.\n\n- one\n- `two`\n"));
    }

    @Test
    void tableIsRendered() {
        String html = render("| Group | Who |\n| :--- | ---: |\n| Al-Anon | Families |\n");
        assertEquals("<table><thead><tr><th align=\"left\">Group</th><th align=\"right\">Who</th></tr></thead>"
                + "<tbody><tr><td align=\"left\">Al-Anon</td><td align=\"right\">Families</td></tr></tbody></table>\n",
                html);
    }

    @Test
    void linksGetSafeRel() {
        String html = render("[SMART](https://smartrecovery.org.uk) [next](../other-lesson) [mail](mailto:team@example.org)");
        assertEquals("<p><a href=\"https://smartrecovery.org.uk\" rel=\"R\">SMART</a>"
                + " <a href=\"../other-lesson\" rel=\"R\">next</a>"
                + " <a href=\"mailto:team&#64;example.org\" rel=\"R\">mail</a></p>\n",
                html.replaceAll("rel=\"[^\"]*\"", "rel=\"R\""));
        Matcher rels = Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (rels.find()) {
            assertEquals(Set.of("nofollow", "noopener", "noreferrer"), Set.of(rels.group(1).split(" ")));
            links++;
        }
        assertEquals(3, links);
    }

    @Test
    void scriptIsRemovedEvenAsRawHtml() {
        String html = render("Hello\n\n<script>alert('x')</script>\n\n<p>inline <script>alert(1)</script> text</p>");
        assertNoneOf(html, "<script", "alert");
        assertTrue(html.contains("Hello"));
        assertTrue(html.contains("inline"));
    }

    @Test
    void javascriptLinksAreRemoved() {
        String html = render("[click](javascript:alert(1)) <a href=\"JavaScript:alert(2)\">raw</a>"
                + " <a href=\"java&#x09;script:alert(3)\">tab</a> <a href=\"vbscript:msgbox(4)\">vb</a>");
        assertNoneOf(html, "javascript", "vbscript", "alert", "msgbox", "href");
        assertTrue(html.contains("click"));
        assertTrue(html.contains("raw"));
    }

    @Test
    void eventAttributesAreRemoved() {
        String html = render("<img src=\"x.png\" onerror=\"alert(1)\" alt=\"pic\">\n\n"
                + "<p onclick=\"alert(2)\" style=\"color:red\">para</p>");
        assertNoneOf(html, "onerror", "onclick", "alert", "style");
        assertTrue(html.contains("<img src=\"x.png\" alt=\"pic\" />"), html);
        assertTrue(html.contains("<p>para</p>"), html);
    }

    @Test
    void dataAndHttpImagesAreRemovedButHttpsAndRelativeKept() {
        String html = render("![d](data:image/png;base64,AAAA) <img src=\"data:image/svg+xml,<svg onload=alert(1)>\">"
                + " ![h](http://example.org/a.png) ![s](https://example.org/b.png) ![r](images/c.png)"
                + " ![p](//example.org/d.png)");
        assertNoneOf(html, "data:", "svg", "alert", "http://", "//example.org/d.png");
        assertTrue(html.contains("<img src=\"https://example.org/b.png\" alt=\"s\" />"), html);
        assertTrue(html.contains("<img src=\"images/c.png\" alt=\"r\" />"), html);
    }

    @Test
    void iframesStylesAndFormsAreRemoved() {
        String html = render("<iframe src=\"https://evil.example\"></iframe>\n\n<style>body{display:none}</style>\n\n"
                + "<form action=\"/x\"><input name=\"a\"></form>\n\n<object data=\"x.swf\"></object>\n\nend");
        assertNoneOf(html, "<iframe", "evil.example", "<style", "display", "<form", "<input", "<object", "x.swf");
        assertTrue(html.contains("end"));
    }

    @Test
    void codeBlockKeepsItsLanguageAndEscapesHtml() {
        assertEquals("<pre><code class=\"language-yaml\">id: x\n&lt;script&gt;\n</code></pre>\n",
                render("```yaml\nid: x\n<script>\n```\n"));
    }
}
