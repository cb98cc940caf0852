package org.maple.quiz.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The learner's latest answer to one question of an attempt, in canonical indexes ({@link Answer#encode()}). */
@Entity
@Table(name = "quiz_answer")
@IdClass(SavedAnswer.Key.class)
@NamedQuery(name = "SavedAnswer.ofAttempt", query = "select s from SavedAnswer s where s.attemptId = :attempt")
@NamedQuery(name = "SavedAnswer.ofAttempts", query = "select s from SavedAnswer s where s.attemptId in :attempts")
public class SavedAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Primary key: attempt and question. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long attemptId;
        String questionId;

        public Key() {
        }

        public Key(long attemptId, String questionId) {
            this.attemptId = attemptId;
            this.questionId = questionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && Objects.equals(k.questionId, questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, questionId);
        }
    }

    @Id
    @Column(name = "attempt_id")
    private long attemptId;

    @Id
    @Column(name = "question_id")
    private String questionId;

    @Column(nullable = false, length = 2000)
    private String answer;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected SavedAnswer() {
    }

    public SavedAnswer(long attemptId, String questionId, Answer answer, LocalDateTime savedAt) {
        this.attemptId = attemptId;
        this.questionId = questionId;
        update(answer, savedAt);
    }

    public final void update(Answer a, LocalDateTime at) {
        this.answer = a.encode();
        this.savedAt = at;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public Answer answer() {
        return Answer.decode(answer);
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }
}
