package org.maple.quiz.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.maple.course.entity.Enrolment;
import org.maple.quiz.entity.Answer;
import org.maple.quiz.entity.AttemptGrant;
import org.maple.quiz.entity.QuestionScore;
import org.maple.quiz.entity.QuizAttempt;
import org.maple.quiz.entity.RegradeRecord;
import org.maple.quiz.entity.SavedAnswer;

/** Queries over attempts, their answers and scores, and grants. */
@Dependent
public class AttemptRepository {

    @PersistenceContext(unitName = "maple")
    EntityManager em;

    public Optional<QuizAttempt> find(long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id));
    }

    /** The attempt, locked for this transaction: saves and submits of one attempt take turns. */
    public Optional<QuizAttempt> lock(long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks the enrolment row: two starts of the same learner's quiz take turns. */
    public void lock(Enrolment e) {
        em.flush();
        em.find(Enrolment.class, e.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public List<QuizAttempt> ofEnrolment(long enrolmentId) {
        return em.createNamedQuery("QuizAttempt.ofEnrolment", QuizAttempt.class).setParameter("enrolment", enrolmentId)
                .getResultList();
    }

    public List<QuizAttempt> ofPerson(long personId, String courseCode) {
        return em.createNamedQuery("QuizAttempt.ofPerson", QuizAttempt.class).setParameter("person", personId)
                .setParameter("code", courseCode).getResultList();
    }

    public List<QuizAttempt> gradedOfCourse(String courseCode) {
        return em.createNamedQuery("QuizAttempt.gradedOfCourse", QuizAttempt.class).setParameter("code", courseCode)
                .getResultList();
    }

    public List<SavedAnswer> answers(long attemptId) {
        return em.createNamedQuery("SavedAnswer.ofAttempt", SavedAnswer.class).setParameter("attempt", attemptId)
                .getResultList();
    }

    /** The attempt's saved answers by question id. */
    public Map<String, Answer> answerMap(long attemptId) {
        Map<String, Answer> out = new HashMap<>();
        for (SavedAnswer s : answers(attemptId)) {
            out.put(s.getQuestionId(), s.answer());
        }
        return out;
    }

    /**
     * Saves (inserts or replaces) the answer to one question and returns how many of the attempt's
     * questions now have an answer: one read of the attempt's answers does both.
     */
    public int saveAnswerCounting(long attemptId, String questionId, Answer answer, java.time.LocalDateTime at) {
        int given = 0;
        boolean saved = false;
        for (SavedAnswer s : answers(attemptId)) {
            if (s.getQuestionId().equals(questionId)) {
                s.update(answer, at);
                saved = true;
            }
            given += s.answer().given() ? 1 : 0;
        }
        if (!saved) {
            em.persist(new SavedAnswer(attemptId, questionId, answer, at));
            given += answer.given() ? 1 : 0;
        }
        return given;
    }

    /** Saves (inserts or replaces) the answer to one question. */
    public void saveAnswer(long attemptId, String questionId, Answer answer, java.time.LocalDateTime at) {
        Optional<SavedAnswer> saved = answer(attemptId, questionId);
        if (saved.isPresent()) {
            saved.get().update(answer, at);
        } else {
            em.persist(new SavedAnswer(attemptId, questionId, answer, at));
        }
    }

    public List<SavedAnswer> answers(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("SavedAnswer.ofAttempts", SavedAnswer.class).setParameter("attempts", attemptIds)
                .getResultList();
    }

    public Optional<SavedAnswer> answer(long attemptId, String questionId) {
        return Optional.ofNullable(em.find(SavedAnswer.class, new SavedAnswer.Key(attemptId, questionId)));
    }

    public List<QuestionScore> scores(long attemptId) {
        return em.createNamedQuery("QuestionScore.ofAttempt", QuestionScore.class).setParameter("attempt", attemptId)
                .getResultList();
    }

    public List<QuestionScore> scores(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("QuestionScore.ofAttempts", QuestionScore.class).setParameter("attempts", attemptIds)
                .getResultList();
    }

    public void replaceScores(long attemptId, List<QuestionScore> scores) {
        em.createNamedQuery("QuestionScore.deleteOfAttempt").setParameter("attempt", attemptId).executeUpdate();
        scores.forEach(em::persist);
    }

    public List<AttemptGrant> grants(long personId, String courseCode) {
        return em.createNamedQuery("AttemptGrant.of", AttemptGrant.class).setParameter("person", personId)
                .setParameter("code", courseCode).getResultList();
    }

    public List<RegradeRecord> regrades(String courseCode) {
        return em.createNamedQuery("RegradeRecord.ofCourse", RegradeRecord.class).setParameter("code", courseCode)
                .getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
