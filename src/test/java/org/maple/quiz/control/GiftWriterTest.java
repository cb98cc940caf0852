package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maple.quiz.control.Fixtures.right;
import static org.maple.quiz.control.Fixtures.wrong;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionType;

class GiftWriterTest {

    private static List<Question> roundTrip(List<Question> questions) {
        GiftWriter.Result written = GiftWriter.write(questions);
        GiftParser.Result read = GiftParser.parse("export.gift", written.text());
        assertEquals(List.of(), read.problems(), written.text());
        return read.questions();
    }

    @Test
    void sampleBankRoundTripsExceptOrdering() {
        QuestionBank bank = Fixtures.sampleBank();
        GiftWriter.Result written = GiftWriter.write(bank.questions());
        assertEquals(List.of("refer-order"), written.skipped());
        List<Question> expected = bank.questions().stream().filter(q -> q.type() != QuestionType.ORDERING).toList();
        assertEquals(expected, roundTrip(bank.questions()));
    }

    @Test
    void writesMoodleSyntax() {
        String text = GiftWriter.write(Fixtures.sampleBank().questions()).text();
        assertTrue(text.startsWith("$CATEGORY: define\n\n// question: define-1\n// maple: danos AF1\n"
                + "// maple: scenario priya\n::define-1::[markdown]Which description of mutual aid fits"),
                text);
        assertTrue(text.contains(
                "\t=Support given by and to members who share the problem#Right - members help"), text);
        assertTrue(text.contains(
                "\t~Group therapy led by a clinician#No - that is treatment, not mutual aid.\n"), text);
        assertTrue(text.contains("{FALSE#No - groups are member-led.#Right - members run the groups themselves."
                + "####Groups are run by their members; professionals can help people get there.}"), text);
        assertTrue(text.contains("\t~%50%Alcoholics Anonymous#"), text);
        assertTrue(text.contains("\t~%-50%An inpatient detox ward#"), text);
        assertTrue(text.contains("\t=Al-Anon -> People affected by someone else's drinking\n"), text);
        assertTrue(text.contains("\t= -> Professionals seeking clinical supervision\n"), text);
        assertTrue(text.contains("// maple: pair-feedback 1 Al-Anon is for families and friends of drinkers.\n"), text);
        assertTrue(text.contains("\t=A.A.#Right - Alcoholics Anonymous.\n"), text);
        assertTrue(text.contains("\t=%0%*#Think of the oldest twelve-step fellowship.\n"), text);
        assertTrue(text.contains("// maple: ignore case\n"), text);
        assertTrue(text.contains("::groups-short::[markdown]Which fellowship, founded in 1935, started the twelve-step"
                + " tradition? (initials){"), text);
        assertTrue(text.contains("\n$CATEGORY: groups\n") && text.contains("\n$CATEGORY: refer\n"), text);
        assertTrue(!text.contains("refer-order"), "ordering is skipped, not mangled");
    }

    @Test
    void awkwardTextRoundTrips() {
        String nasty = "Braces {x} = y ~ z # w: \\ back\\nslash\nsecond line :: title-like";
        Question single = new Question("nasty-1", QuestionType.SINGLE, "escapes", List.of(), null, nasty, nasty,
                List.of(new Question.Option(nasty, true, nasty), new Question.Option("%50% of people", false, "#1"),
                        new Question.Option("[html]<b>literal</b>", false, "x")), null, null, null, null, null, null);
        Question multiple = Fixtures.choice("thirds", QuestionType.MULTIPLE, "escapes",
                right("a"), right("b"), right("c"), wrong("d"), wrong("%20%"));
        Question tfTrue = new Question("tf-true", QuestionType.TRUEFALSE, "escapes", List.of("AF1", "AF2"), "scen",
                "True?", "Yes.", Question.trueFalse(true, "", "Only the wrong one has none"),
                null, null, null, null, null, null);
        Question tfNone = new Question("tf-none", QuestionType.TRUEFALSE, "other", List.of(), null,
                "False?", "", Question.trueFalse(false, "", ""), null, null, null, null, null, null);
        Question match = Fixtures.matching("match", List.of(new Question.Pair("A = 1?", "one -> 1", "because #1"),
                new Question.Pair("B", "two", "")), List.of("three", "fo~ur"));
        Question shortNone = Fixtures.shortAnswer("short-none", EnumSet.noneOf(Question.Ignore.class),
                "", "%10%", "x=y");
        Question shortSpace = Fixtures.shortAnswer("short-space", EnumSet.of(Question.Ignore.SPACE), "nope", "a b");
        List<Question> all = List.of(single, multiple, tfTrue, tfNone, match, shortNone, shortSpace);
        assertEquals(all, roundTrip(all));
        assertTrue(GiftWriter.write(List.of(multiple)).text().contains("\t~%33.33333%a#"));
        assertTrue(GiftWriter.write(List.of(multiple)).text().contains("\t~%-33.33333%%20%#"));
    }

    @Test
    void promptsWithAnArrowAreSkipped() {
        Question arrow = Fixtures.matching("arrow", List.of(new Question.Pair("a -> b", "1", "f"),
                new Question.Pair("c", "2", "f")), List.of());
        GiftWriter.Result r = GiftWriter.write(List.of(arrow, Fixtures.ordering("ord", "o", "x", "y")));
        assertEquals(List.of("arrow", "ord"), r.skipped());
        assertEquals("", r.text());
    }
}
