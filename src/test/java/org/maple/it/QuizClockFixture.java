package org.maple.it;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.maple.quiz.entity.QuizAttempt;

/**
 * Test-only (added to {@link QuizTrainerIT}'s deployment, never in the shipped WAR): moves an open
 * attempt's deadline, as if its time had run, so a time-limit test need not wait for minutes.
 */
@Stateless
@Path("it-quiz")
public class QuizClockFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Sets the attempt's deadline to now plus {@code seconds} (negative: in the past). */
    @POST
    @Path("attempts/{id}/deadline")
    public String deadline(@PathParam("id") long id, @QueryParam("seconds") long seconds) {
        LocalDateTime deadline = LocalDateTime.now(clock).plusSeconds(seconds);
        int n = em.createQuery("update QuizAttempt a set a.deadline = :d where a.id = :id")
                .setParameter("d", deadline).setParameter("id", id).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(QuizAttempt.class);
        return n == 1 ? deadline.toString() : "none";
    }
}
