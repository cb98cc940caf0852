package org.maple.course.control;

import java.util.List;
import java.util.Locale;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns lesson Markdown (CommonMark with tables) into HTML that is safe to put on a page: the
 * output is sanitised with an allow-list, so scripts, styles, frames, event attributes and
 * {@code javascript:}/{@code data:}/{@code vbscript:} URLs never survive, even when written as raw
 * HTML. Links may be http, https, mailto or relative and get {@code rel="nofollow noopener
 * noreferrer"}; images may be https or relative. Heading levels are kept ({@code ##} stays h2,
 * under the page's h1 lesson title). Thread-safe.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** Image sources: https or relative only. */
    private static final AttributePolicy HTTPS_OR_RELATIVE =
            (element, attribute, value) -> isHttpsOrRelative(value) ? value : null;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "em", "strong",
                    "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "hr", "br",
                    "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src").matching(HTTPS_OR_RELATIVE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("start").matching(true, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
            .onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("class").matching(
                    (element, attribute, value) -> value.matches("language-[A-Za-z0-9+#_-]{1,30}") ? value : null)
            .onElements("code")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** Safe HTML for the Markdown text. */
    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return POLICY.sanitize(html);
    }

    private static boolean isHttpsOrRelative(String url) {
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return !u.startsWith("//");
            }
            if (c == ':') {
                return u.substring(0, i).toLowerCase(Locale.ROOT).equals("https");
            }
        }
        return true;
    }
}
