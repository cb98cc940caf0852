package org.maple.quiz.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;
import org.maple.quiz.entity.QuestionType;

/** Test fixtures: the sample bank and small question builders. */
final class Fixtures {

    static final String SAMPLE = "quiz-fixtures/sample-course.yaml";

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuestionBank sampleBank() {
        BankParser.Result r = BankParser.parse(SAMPLE, bytes(SAMPLE), "sample-course");
        if (!r.ok()) {
            throw new AssertionError(r.problems());
        }
        return r.bank().orElseThrow();
    }

    static Question.Option right(String text) {
        return new Question.Option(text, true, "why " + text + " is right");
    }

    static Question.Option wrong(String text) {
        return new Question.Option(text, false, "why " + text + " is wrong");
    }

    static Question choice(String id, QuestionType type, String objective, Question.Option... options) {
        return new Question(id, type, objective, List.of("AF1"), null, "Stem of " + id, "Explanation of " + id,
                List.of(options), null, null, null, null, null, null);
    }

    static Question ordering(String id, String objective, String... items) {
        List<Question.Item> list = Arrays.stream(items).map(t -> new Question.Item(t, "fb " + t)).toList();
        return new Question(id, QuestionType.ORDERING, objective, List.of("AF1"), null, "Order", "Because",
                null, null, null, list, null, null, null);
    }

    static Question matching(String id, List<Question.Pair> pairs, List<String> extra) {
        return new Question(id, QuestionType.MATCHING, "obj", List.of(), null, "Match", "Because",
                null, pairs, extra, null, null, null, null);
    }

    static Question shortAnswer(String id, Set<Question.Ignore> ignore, String wrongFeedback, String... accepted) {
        List<Question.Accepted> list = Arrays.stream(accepted).map(t -> new Question.Accepted(t, "fb " + t))
                .toList();
        return new Question(id, QuestionType.SHORT, "obj", List.of(), null, "Type it", "Because",
                null, null, null, null, list, ignore, wrongFeedback);
    }
}
