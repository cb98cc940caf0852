package org.maple.quiz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed question bank of one course. {@code contentHash} is the SHA-256 (lower-case hex) of
 * the file's bytes, so a loader can tell an unchanged file and version a changed one.
 */
public record QuestionBank(String courseId, QuizSettings settings, List<Scenario> scenarios,
        List<Question> questions, String contentHash) implements java.io.Serializable {

    public QuestionBank {
        scenarios = List.copyOf(scenarios);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The objective ids the questions test, in order of first appearance. */
    public List<String> objectives() {
        List<String> out = new ArrayList<>();
        for (Question q : questions) {
            if (!out.contains(q.objective())) {
                out.add(q.objective());
            }
        }
        return out;
    }
}
