package org.maple.it;

import java.time.LocalDate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.maple.certificate.entity.Certificate;
import org.maple.competency.boundary.RecomputeService;

/**
 * Test-only (never in the shipped WAR): simulates a lost completion event by deleting a person's
 * stored course-completion evidence, or the passing of time by moving a completion and its
 * certificate's dates back, and runs the competency catch-up on demand.
 */
@Stateless
@Path("it-competency")
public class CompetencyFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    RecomputeService recompute;

    @POST
    @Path("forget-completions")
    public int forget(@QueryParam("person") long person) {
        return em.createQuery("delete from Evidence e where e.personId = :p"
                + " and e.kind = org.maple.competency.entity.EvidenceKind.COURSE_COMPLETED")
                .setParameter("p", person).executeUpdate();
    }

    /**
     * As if time had passed: the person's completion of {@code course} moved to {@code completed}
     * and its certificate's expiry to {@code expires} (content hash kept consistent, so it still
     * verifies). Returns the certificate's code.
     */
    @POST
    @Path("backdate")
    public String backdate(@QueryParam("person") long person, @QueryParam("course") String course,
            @QueryParam("completed") String completed, @QueryParam("expires") String expires) {
        LocalDate done = LocalDate.parse(completed);
        em.createNativeQuery("update enrolment set completed_at = ? where person_id = ? and course_code = ?"
                + " and completed_at is not null").setParameter(1, done.atTime(10, 0)).setParameter(2, person)
                .setParameter(3, course).executeUpdate();
        String code = (String) em.createNativeQuery("select code from certificate where person_id = ? and course_code = ?"
                + " and state = 'VALID'").setParameter(1, person).setParameter(2, course).getSingleResult();
        em.createNativeQuery("update certificate set completed_on = ?, expires_on = ? where code = ?")
                .setParameter(1, done).setParameter(2, LocalDate.parse(expires)).setParameter(3, code).executeUpdate();
        em.flush();
        em.clear();
        Certificate c = em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code)
                .getSingleResult();
        em.createNativeQuery("update certificate set content_hash = ? where code = ?")
                .setParameter(1, Certificate.sha256(c.canonicalContent())).setParameter(2, code).executeUpdate();
        return code;
    }

    /** The catch-up now, or as a scheduled run that skips when one ran within {@code gapMinutes}. */
    @POST
    @Path("catch-up")
    public int catchUp(@QueryParam("gapMinutes") Integer gapMinutes) {
        return gapMinutes == null ? recompute.catchUp() : recompute.catchUp(java.time.Duration.ofMinutes(gapMinutes));
    }
}
