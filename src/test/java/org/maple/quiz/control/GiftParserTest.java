package org.maple.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.maple.course.entity.FileProblem;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionType;

class GiftParserTest {

    private static GiftParser.Result parse(String gift) {
        return GiftParser.parse("import.gift", gift);
    }

    private static Question only(String gift) {
        GiftParser.Result r = parse(gift);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.questions().size());
        return r.questions().get(0);
    }

    private static List<String> texts(Question q) {
        return q.options().stream().map(Question.Option::text).toList();
    }

    @Test
    void singleChoiceWithTitleFeedbackAndExplanation() {
        Question q = only("""
                // a comment line
                ::Grant's tomb::Who is buried in Grant's tomb?{
                  =Grant#Right: he and his wife
                  ~No one#Wrong
                  ~Jefferson
                  ####Grant is entombed, not buried.
                }
                """);
        assertEquals("grant-s-tomb", q.id());
        assertEquals(QuestionType.SINGLE, q.type());
        assertEquals("gift", q.objective(), "no category yet");
        assertEquals(List.of(), q.danos());
        assertNull(q.scenarioId());
        assertEquals("Who is buried in Grant's tomb?", q.stem());
        assertEquals(List.of(new Question.Option("Grant", true, "Right: he and his wife"),
                new Question.Option("No one", false, "Wrong"),
                        new Question.Option("Jefferson", false, "")), q.options());
        assertEquals("Grant is entombed, not buried.", q.explanation());
    }

    @Test
    void multipleAnswersWithPercentageWeights() {
        Question q = only("What two people are entombed in Grant's tomb?"
                + " {~%50%Grant ~%50%Grant's wife#yes ~%-100%Grant's father}");
        assertEquals(QuestionType.MULTIPLE, q.type());
        assertEquals("what-two-people-are-entombed-in-grant-s-tomb", q.id(), "slug of the stem without a title");
        assertEquals(List.of(true, true, false), q.options().stream().map(Question.Option::correct).toList());
        assertEquals(List.of("Grant", "Grant's wife", "Grant's father"), texts(q));
        assertEquals("yes", q.options().get(1).feedback());
        assertEquals(QuestionType.MULTIPLE, only("Q {~%100%a ~b}").type(), "weights and no '=': multiple");
        assertEquals(List.of(true, false, true), only("Q {~%33.33333%a ~%0%b ~%66.66667%c}")
                .options().stream().map(Question.Option::correct).toList());
    }

    @Test
    void trueFalseInEveryForm() {
        for (String answer : List.of("T", "TRUE", "true")) {
            Question q = only("The sun rises in the east.{" + answer + "}");
            assertEquals(QuestionType.TRUEFALSE, q.type());
            assertTrue(q.trueFalseAnswer());
        }
        for (String answer : List.of("F", "FALSE")) {
            assertFalse(only("The sun rises in the west.{" + answer + "}").trueFalseAnswer());
        }
        // #feedback for a wrong answer #feedback for a right answer
        Question f = only(
                "::tf::Groups are run by professionals.{FALSE#No, they are member-led.#Right.####Members run them.}");
        assertEquals(Question.trueFalse(false, "No, they are member-led.", "Right."), f.options());
        assertEquals("Members run them.", f.explanation());
        Question t = only("Sky is blue.{T#Look up.#Yes}");
        assertEquals(Question.trueFalse(true, "Yes", "Look up."), t.options());
    }

    @Test
    void shortAnswerWithWrongFeedback() {
        Question q = only("Who's buried in Grant's tomb?{=no one#Right =nobody =%0%*#Think again.}");
        assertEquals(QuestionType.SHORT, q.type());
        assertEquals(List.of(
                new Question.Accepted("no one", "Right"), new Question.Accepted("nobody", "")), q.accepted());
        assertEquals("Think again.", q.wrongFeedback());
        assertEquals(Question.Ignore.ALL, q.ignore(), "GIFT has no way to say; MAPLE's default");
        assertEquals("27%", only("Q{=%100%27%}").accepted().get(0).text());
    }

    @Test
    void matchingWithExtraMatches() {
        Question q = only("""
                Match the countries with their capitals. {
                  =Canada -> Ottawa
                  =Italy -> Rome#Rome it is
                  = -> Paris
                }""");
        assertEquals(QuestionType.MATCHING, q.type());
        assertEquals(List.of(
                new Question.Pair("Canada", "Ottawa", ""), new Question.Pair("Italy", "Rome", "Rome it is")),
                q.pairs());
        assertEquals(List.of("Paris"), q.extraMatches());
    }

    @Test
    void categoriesSetTheObjective() {
        GiftParser.Result r = parse("""
                Before any category {T}

                $CATEGORY: $course$/top/Mutual aid/Define It

                ::a:: One {T}

                ::b:: Two {F}
                $CATEGORY: Evidence
                ::c:: Three {T}
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("gift", "define-it", "define-it", "evidence"),
                r.questions().stream().map(Question::objective).toList());
    }

    @Test
    void everyEscape() {
        Question q = only("::a\\:b::Use \\{braces\\} \\= \\~ \\# and a\\nnew line and back\\\\slash"
                + "{=yes\\#1 ~no\\~2#fb \\= ok ~x \\: y}");
        assertEquals("a-b", q.id());
        assertEquals("Use {braces} = ~ # and a\nnew line and back\\slash", q.stem());
        assertEquals(List.of("yes#1", "no~2", "x : y"), texts(q));
        assertEquals("fb = ok", q.options().get(1).feedback());
        assertEquals("a\\qb", only("a\\qb{T}").stem(), "a backslash before anything else stays");
    }

    @Test
    void multiLineQuestions() {
        Question q = only("""
                ::ml::
                What is
                the answer?
                {
                =42#Deep Thought agrees
                ~41
                }
                """);
        assertEquals("What is\nthe answer?", q.stem());
        assertEquals(List.of("42", "41"), texts(q));
        assertEquals("Deep Thought agrees", q.options().get(0).feedback());
    }

    @Test
    void textFormats() {
        Question html = only("[html]<p>Pick <b>one</b> &amp; only&nbsp;one</p><script>alert(1)</script>"
                + "<ul><li>first</li><li>second</li></ul>{=<i>yes</i>#<em>good</em> ~no}");
        assertEquals("Pick **one** & only one\n\n- first\n- second", html.stem());
        assertEquals("*yes*", html.options().get(0).text(), "answers inherit the question's format");
        assertEquals("*good*", html.options().get(0).feedback());
        assertEquals("line one\nline two &lt;", only("[html]line one<br>line   two &amp;lt;{T}").stem());
        assertEquals("**bold** <kept>", only("[markdown]**bold** <kept>{T}").stem());
        assertEquals("<b>plain</b>", only("[plain]<b>plain</b>{T}").stem());
        assertEquals("moodle", only("[moodle]moodle{T}").stem());
        assertEquals("[other]kept", only("[other]kept{T}").stem());
        assertEquals("x", only("::t::[html]x{=[plain]<b> ~b}").stem());
        assertEquals("<b>", only("::t::[html]x{=[plain]<b> ~b}").options().get(0).text());
    }

    @Test
    void missingWordGetsABlank() {
        Question q = only("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertEquals("Grant is _____ in Grant's tomb.", q.stem());
        assertEquals(QuestionType.SINGLE, q.type());
        assertEquals("entombed", q.options().stream().filter(Question.Option::correct)
                .findFirst().orElseThrow().text());
    }

    @Test
    void idsAreUnique() {
        GiftParser.Result r = parse("::Same::A{T}\n\n::Same::B{T}\n\n::same::C{T}\n\n::!!!::D{T}\n\n{T}\n");
        assertEquals(List.of("same", "same-2", "same-3", "d", "question"),
                r.questions().stream().map(Question::id).toList());
    }

    @Test
    void mapleCommentsCarryWhatGiftCannot() {
        Question q = only("""
                // maple: danos AF1 AI3
                // maple: scenario priya
                // maple: pair-feedback 2 Because \\# two
                ::m::Match{=a -> 1 =b -> 2}""");
        assertEquals(List.of("AF1", "AI3"), q.danos());
        assertEquals("priya", q.scenarioId());
        assertEquals("Because # two", q.pairs().get(1).feedback());
        assertEquals(EnumSet.of(Question.Ignore.CASE, Question.Ignore.SPACE),
                only("// maple: ignore case space\nQ{=a}").ignore());
        assertEquals(EnumSet.noneOf(Question.Ignore.class), only("// maple: ignore none\nQ{=a}").ignore());
        assertEquals(List.of(), only("// maple: danos AF1\n\nQ{T}").danos(), "a blank line ends a question's comments");
    }

    @Test
    void unsupportedConstructsAreReportedWithTheirLine() {
        GiftParser.Result r = parse("""
                // numerical
                When was Grant born?{#1822:5}

                ::essay::
                Write about Grant.{}

                Just some description text.

                ::kept::This one loads. {T}

                ::partial::Pick {=a ~%50%b ~c}

                ::two right:: Pick {=a =b ~c}

                ::short partial:: Type {=full =%50%half}

                ::short wrong:: Type {=%0%nope#no}

                ::braces:: Open { but no close

                ::two blocks:: A {T} and B {F}

                ::noright:: Q {~a ~b}

                ::one:: Q {~%100%a}

                ::pairs:: Q {=a -> 1}

                ::arrow:: Q {=a -> 1 =b}

                ::meta::
                // maple: colour red
                Q {T}

                ::before:: Q {oops =a ~b}
                """);
        assertEquals(List.of("kept"), r.questions().stream().map(Question::id).toList());
        String lines = r.problems().stream().map(p -> p.line() + " " + p.reason()).collect(Collectors.joining("\n"));
        List<Integer> expected = List.of(2, 4, 7, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 35);
        assertEquals(expected, r.problems().stream().map(FileProblem::line).toList(), lines);
        assertTrue(r.problems().stream().allMatch(p -> p.file().equals("import.gift")));
        String[] fragments = {"numerical", "essay", "description", "partial credit (~%50%)", "more than one '=' answer",
            "partial credit on a short answer (=%50%half)", "partial credit on a short answer (=%0%nope)",
            "unbalanced braces", "more than one answer block", "no answer is right", "at least two answers",
            "at least two pairs", "=prompt -> match", "unknown '// maple: colour'", "text before the first answer"};
        for (int i = 0; i < fragments.length; i++) {
            assertTrue(r.problems().get(i).reason().contains(fragments[i]), fragments[i] + " in\n" + lines);
        }
    }

    @Test
    void unclosedTitleIsReported() {
        GiftParser.Result r = parse("\n\n::title never closed {T}\n");
        assertEquals(List.of(new FileProblem("import.gift", 3, "the title starts with '::' but has no closing '::'")),
                r.problems());
    }

    @Test
    void windowsLineEndingsAndBom() {
        GiftParser.Result r = parse("\uFEFF// c\r\n::a::One{T}\r\n\r\n::b::Two\r\n{F}\r\n");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("One", "Two"), r.questions().stream().map(Question::stem).toList());
    }
}
