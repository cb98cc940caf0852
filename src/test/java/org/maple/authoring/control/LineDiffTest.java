package org.maple.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalTextsHaveNoChange() {
        assertFalse(LineDiff.changed(LineDiff.diff("a\nb\n", "a\nb\n")));
        assertTrue(LineDiff.hunks("a\nb\n", "a\nb\n", 3).isEmpty());
    }

    @Test
    void aChangedLineIsRemovedThenAddedWithLineNumbers() {
        List<LineDiff.Line> d = LineDiff.diff("one\ntwo\nthree", "one\n2\nthree");
        assertEquals(List.of(' ', '-', '+', ' '), d.stream().map(LineDiff.Line::kind).toList());
        assertEquals(2, d.get(1).oldLine());
        assertEquals(2, d.get(2).newLine());
        assertEquals("2", d.get(2).text());
        assertEquals("added", d.get(2).label());
    }

    @Test
    void insertionsAndDeletionsAlignOnTheLongestCommonSubsequence() {
        List<LineDiff.Line> d = LineDiff.diff("a\nb\nc\nd\ne", "a\nc\nd\nx\ne\nf");
        assertEquals(" a|-b| c| d|+x| e|+f", String.join("|", d.stream().map(l -> l.kind() + l.text()).toList()));
    }

    @Test
    void hunksKeepContextAndMarkGaps() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            a.append("line ").append(i).append('\n');
        }
        String b = a.toString().replace("line 5\n", "line five\n").replace("line 25\n", "line twenty-five\n");
        List<LineDiff.Line> h = LineDiff.hunks(a.toString(), b, 2);
        assertEquals(2 + 2 + 2 + 1 + 2 + 2 + 2, h.size(), h.toString());
        assertTrue(h.stream().anyMatch(l -> l.kind() == '…'));
    }

    @Test
    void veryLongTextsStillDiffWithinTheCellLimit() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            a.append("a").append(i).append('\n');
            b.append("b").append(i).append('\n');
        }
        List<LineDiff.Line> d = LineDiff.diff(a.toString(), b.toString());
        assertEquals(10000, d.size());
    }
}
