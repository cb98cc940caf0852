package org.maple.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class YamlBlocksTest {

    static final String YAML = "id: x\ntitle: Old\nsummary: >-\n  two\n  lines\n\nlessons:\n  - a.md\n  - b.md\n# trailing comment\n";

    @Test
    void setReplacesOnlyTheKeysBlockAndKeepsBlankLinesAndComments() {
        assertEquals(YAML.replace("summary: >-\n  two\n  lines\n", "summary: One line\n"),
                YamlBlocks.set(YAML, "summary", YamlBlocks.scalar("summary", "One line")));
        assertEquals(YAML.replace("  - a.md\n  - b.md\n", "  - b.md\n  - a.md\n"),
                YamlBlocks.set(YAML, "lessons", YamlBlocks.sequence("lessons", List.of("b.md", "a.md"))));
        assertEquals(YAML + "dueDays: 5\n", YamlBlocks.set(YAML, "dueDays", YamlBlocks.number("dueDays", 5)));
        assertEquals(YAML.replace("title: Old\n", ""), YamlBlocks.remove(YAML, "title"));
    }

    @Test
    void crlfFilesStayCrlf() {
        String crlf = YAML.replace("\n", "\r\n");
        assertEquals(crlf.replace("title: Old", "title: New"), YamlBlocks.set(crlf, "title", "title: New"));
    }

    @Test
    void valuesAreQuotedOnlyWhenYamlNeedsIt() {
        assertEquals("Plain words here", YamlBlocks.quote("Plain words here"));
        assertEquals("\"Mutual aid: essentials\"", YamlBlocks.quote("Mutual aid: essentials"));
        assertEquals("\"true\"", YamlBlocks.quote("true"));
        assertEquals("\"12\"", YamlBlocks.quote("12"));
        assertEquals("\"say \\\"hi\\\"\"", YamlBlocks.quote("say \"hi\""));
        assertEquals("\"- dash\"", YamlBlocks.quote("- dash"));
    }

    @Test
    void aLineBelongsToTheKeyWhoseBlockHoldsIt() {
        assertEquals(Optional.of("summary"), YamlBlocks.keyAt(YAML, 4, 1));
        assertEquals(Optional.of("lessons"), YamlBlocks.keyAt(YAML, 9, 1));
        assertEquals(Optional.empty(), YamlBlocks.keyAt(YAML, 0, 1));
        String lesson = "---\ntitle: T\nminutes: 5\n---\n\nBody\n";
        assertEquals("minutes", LessonFields.fieldAt(lesson, 3));
        assertEquals("body", LessonFields.fieldAt(lesson, 6));
    }
}
