package org.maple.quiz.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Where an enrolment's attempts stand: how many, whether one passed, the open one (at most one). */
    public record Standing(int attempts, boolean passed, Long openId) {
    }

    /**
     * {@link Standing} from one narrow query (ids and results only: no attempt's paper is read, however
     * many attempts the learner has been granted).
     */
    public Standing standing(long enrolmentId) {
        int count = 0;
        boolean passed = false;
        Long open = null;
        for (Object[] r : em.createNamedQuery("QuizAttempt.standing", Object[].class).setParameter("enrolment", enrolmentId)
                .getResultList()) {
            count++;
            passed |= Boolean.TRUE.equals(r[1]);
            open = r[1] == null ? (Long) r[0] : open;
        }
        return new Standing(count, passed, open);
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
     * Saves (inserts or replaces) answers by question id, reading the attempt's saved answers once,
     * and returns all of the attempt's answers as they then are (by question id).
     */
    public Map<String, Answer> saveAnswers(long attemptId, Map<String, Answer> given, java.time.LocalDateTime at) {
        Map<String, Answer> left = new java.util.LinkedHashMap<>(given);
        Map<String, Answer> all = new HashMap<>();
        for (SavedAnswer s : answers(attemptId)) {
            Answer replacement = left.remove(s.getQuestionId());
            if (replacement != null) {
                s.update(replacement, at);
            }
            all.put(s.getQuestionId(), s.answer());
        }
        for (Map.Entry<String, Answer> e : left.entrySet()) {
            em.persist(new SavedAnswer(attemptId, e.getKey(), e.getValue(), at));
            all.put(e.getKey(), e.getValue());
        }
        return all;
    }

    public List<SavedAnswer> answers(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("SavedAnswer.ofAttempts", SavedAnswer.class).setParameter("attempts", attemptIds)
                .getResultList();
    }


    public List<QuestionScore> scores(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("QuestionScore.ofAttempts", QuestionScore.class).setParameter("attempts", attemptIds)
                .getResultList();
    }

    /** The ids of every question (of any bank version) that a graded attempt of the course has a score for. */
    public Set<String> gradedQuestionIds(String courseCode) {
        return new HashSet<>(em.createQuery("select distinct s.questionId from QuestionScore s, QuizAttempt a "
                + "where s.attemptId = a.id and a.courseCode = :code and a.passed is not null", String.class)
                .setParameter("code", courseCode).getResultList());
    }

    /** Stores an attempt's per-question credit, replacing earlier credit when {@code regrade}. */
    public void replaceScores(long attemptId, List<QuestionScore> scores, boolean regrade) {
        if (regrade) {
            em.createNamedQuery("QuestionScore.deleteOfAttempt").setParameter("attempt", attemptId).executeUpdate();
        }
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
