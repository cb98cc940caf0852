package org.maple.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.maple.competency.boundary.RecomputeService;

/**
 * Test-only (never in the shipped WAR): simulates a lost completion event by deleting a person's
 * stored course-completion evidence, and runs the competency catch-up on demand.
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

    @POST
    @Path("catch-up")
    public int catchUp() {
        return recompute.catchUp();
    }
}
