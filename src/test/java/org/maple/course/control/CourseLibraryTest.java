package org.maple.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.maple.course.entity.FileProblem;

/** The bundled course library itself: every course valid, sourced, and free of AA's copyrighted wording. */
class CourseLibraryTest {

    static final Path ROOT = Path.of(System.getProperty("user.dir"));

    /**
     * Short, distinctive fragments of AA's Twelve Steps (not the steps themselves), used only to
     * detect a lesson that reproduces a step's literal wording.
     */
    static final List<String> STEP_FRAGMENTS = List.of(
            "admitted we were powerless over alcohol",
            "came to believe that a power greater than ourselves",
            "turn our will and our lives over to the care of god",
            "searching and fearless moral inventory",
            "admitted to god, to ourselves, and to another human being",
            "entirely ready to have god remove",
            "humbly asked him to remove our shortcomings",
            "made a list of all persons we had harmed",
            "made direct amends to such people wherever possible",
            "continued to take personal inventory and when we were wrong",
            "sought through prayer and meditation to improve our conscious contact",
            "having had a spiritual awakening as the result of these steps");

    @Test
    void theWholeLibraryLoadsWithoutAProblem() {
        ContentLibrary library = new ContentLibraryParser().parse(ROOT);
        List<FileProblem> errors = library.errors();
        assertTrue(errors.isEmpty(), "content problems:\n" + String.join("\n", errors.stream().map(Object::toString).toList()));
        assertEquals(6, library.courses().size(), "six courses");
        for (ParsedCourse c : library.courses()) {
            assertTrue(c.lessons().size() >= 4 && c.lessons().size() <= 7, c.id() + " has 4-7 lessons");
            assertFalse(c.danos().isEmpty(), c.id() + " has DANOS codes");
            for (ParsedLesson l : c.lessons()) {
                assertFalse(l.objectives().isEmpty(), c.id() + "/" + l.key() + " objectives");
                assertFalse(l.sources().isEmpty(), c.id() + "/" + l.key() + " sources");
                assertFalse(l.danos().isEmpty(), c.id() + "/" + l.key() + " DANOS codes");
                for (String code : l.danos()) {
                    assertTrue(library.framework().knows(code), code + " is in the framework");
                }
            }
        }
    }

    @Test
    void everyCourseHasAValidQuestionBankCoveringEachObjective() throws IOException {
        ContentLibrary library = new ContentLibraryParser().parse(ROOT);
        List<String> problems = new ArrayList<>();
        for (ParsedCourse c : library.courses()) {
            Path bank = ROOT.resolve("quizzes/" + c.id() + ".yaml");
            var result = org.maple.quiz.control.BankParser.parse("quizzes/" + c.id() + ".yaml", Files.readAllBytes(bank), c.id(),
                    new org.maple.quiz.control.BankParser.Checks(
                            c.objectives().stream().map(ParsedCourse.Objective::id).toList(), library.framework()::knows));
            result.problems().stream().filter(p -> !p.isNote()).forEach(p -> problems.add(p.toString()));
            result.bank().ifPresent(b -> {
                if (b.questions().size() < 15) {
                    problems.add(c.id() + ": only " + b.questions().size() + " questions");
                }
                for (var q : b.questions()) {
                    if (q.danos().isEmpty()) {
                        problems.add(c.id() + "/" + q.id() + ": no DANOS codes");
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), "question bank problems:\n" + String.join("\n", problems));
    }

    @Test
    void noLessonOrBankReproducesTheLiteralWordingOfAnyOfAasTwelveSteps() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path dir : List.of(ROOT.resolve("content"), ROOT.resolve("quizzes"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                    String text = normalise(Files.readString(f));
                    for (String fragment : STEP_FRAGMENTS) {
                        if (text.contains(normalise(fragment))) {
                            found.add(ROOT.relativize(f) + ": \"" + fragment + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "literal Twelve Steps wording found:\n" + String.join("\n", found));
    }

    @Test
    void theStepCheckWouldCatchAStepHiddenInMarkdown() {
        String lesson = "Some text.\n\n> *Made a searching and\nfearless moral   inventory* of ourselves.";
        assertTrue(normalise(lesson).contains(normalise(STEP_FRAGMENTS.get(3))));
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[*_>`#\"“”’']", "").replaceAll("\\s+", " ");
    }
}
