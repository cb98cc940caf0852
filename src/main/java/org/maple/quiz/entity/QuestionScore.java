package org.maple.quiz.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.maple.platform.persistence.StringListConverter;

/** The credit one question earned in a graded attempt (for item statistics, mastery and regrades). */
@Entity
@Table(name = "quiz_question_result")
@IdClass(QuestionScore.Key.class)
@NamedQuery(name = "QuestionScore.ofAttempt", query = "select s from QuestionScore s where s.attemptId = :attempt order by s.position")
@NamedQuery(name = "QuestionScore.ofAttempts", query = "select s from QuestionScore s where s.attemptId in :attempts")
@NamedQuery(name = "QuestionScore.deleteOfAttempt", query = "delete from QuestionScore s where s.attemptId = :attempt")
public class QuestionScore implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Primary key: attempt and question. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long attemptId;
        String questionId;

        public Key() {
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

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String objective;

    @Convert(converter = StringListConverter.class)
    @Column(name = "danos_codes", nullable = false)
    private List<String> danosCodes;

    @Column(nullable = false)
    private int earned;

    @Column(nullable = false)
    private int possible;

    protected QuestionScore() {
    }

    public QuestionScore(long attemptId, int position, QuestionResult r) {
        this.attemptId = attemptId;
        this.questionId = r.questionId();
        this.position = position;
        this.objective = r.objective();
        this.danosCodes = r.danos();
        this.earned = r.earned();
        this.possible = r.possible();
    }

    public long getAttemptId() {
        return attemptId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public String getObjective() {
        return objective;
    }

    public List<String> getDanosCodes() {
        return danosCodes;
    }

    public int getEarned() {
        return earned;
    }

    public int getPossible() {
        return possible;
    }

    public double score() {
        return (double) earned / possible;
    }
}
