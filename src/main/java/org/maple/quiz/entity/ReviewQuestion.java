package org.maple.quiz.entity;

import java.util.List;

/**
 * One question of a graded attempt for the result page, filtered by the feedback policy: what is not
 * to be revealed is null (right/wrong, the correct answer, the explanation) or empty (feedback).
 */
public record ReviewQuestion(int position, String id, String scenarioTitle, String stem, List<String> yourAnswer,
        Boolean correct, Double credit, List<String> feedback, List<String> correctAnswer, String explanation) implements java.io.Serializable {
}
