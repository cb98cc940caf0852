package org.maple.it;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.maple.certificate.entity.Certificate;
import org.maple.certificate.entity.CertificateReminder;
import org.maple.course.boundary.CourseCompleted;
import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.Enrolment;
import org.maple.identity.boundary.StaffAdminService;
import org.maple.identity.control.PasswordHasher;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Team;

/**
 * Test-only fixtures for {@code CertificateIT}, added to its deployment (never shipped):
 * {@code /api/test/certificates/...} to race completion events, move a certificate's dates and
 * create a second team. Fixtures live in test sources.
 */
@Stateless
@PermitAll
@Path("test/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateTestSupport {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CourseCompleted> completed;

    @Inject
    PasswordHasher hasher;

    @Inject
    StaffAdminService staff;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Inject
    CertificateTestSupport self;

    /** A new completed enrolment (next cycle) of a person in a course, without any event; its id. */
    @POST
    @Path("completed-enrolment")
    public long completedEnrolment(@QueryParam("email") String email, @QueryParam("course") String course) {
        Person p = person(email);
        CourseVersion v = em.createNamedQuery("CourseVersion.currentByCode", CourseVersion.class)
                .setParameter("code", course).getSingleResult();
        int cycle = em.createQuery("select coalesce(max(e.cycle), 0) from Enrolment e where e.person = :p and e.courseCode = :c",
                Integer.class).setParameter("p", p).setParameter("c", course).getSingleResult();
        Enrolment e = new Enrolment(p, v, cycle + 1, LocalDateTime.now(clock).minusDays(1));
        e.complete(LocalDateTime.now(clock));
        em.persist(e);
        em.flush();
        return e.getId();
    }

    /** Fires the completion event of an enrolment {@code times} times at once, each in its own transaction. */
    @POST
    @Path("race")
    public int race(@QueryParam("enrolment") long enrolmentId, @QueryParam("times") int times) throws Exception {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        CourseCompleted event = new CourseCompleted(e.getPerson().getId(), e.getId(), e.getCourseCode(),
                e.getCourseVersion().getVersionNo(), e.getCompletedAt(), 92.5);
        CyclicBarrier start = new CyclicBarrier(times);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runs.add(executor.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                self.fire(event);
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get(60, TimeUnit.SECONDS);
        }
        return times;
    }

    /** How many certificates (all editions) exist for an enrolment. */
    @POST
    @Path("count")
    public long count(@QueryParam("enrolment") long enrolmentId) {
        return em.createQuery("select count(c) from Certificate c where c.issueKey = :k", Long.class)
                .setParameter("k", "course:" + enrolmentId).getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fire(CourseCompleted event) {
        completed.fire(event);
    }

    /** Moves a certificate's completion and expiry dates (keeping its content hash consistent). */
    @POST
    @Path("dates")
    public String dates(@QueryParam("code") String code, @QueryParam("completed") String completedOn,
            @QueryParam("expires") String expiresOn) {
        em.createNativeQuery("update certificate set completed_on = ?, expires_on = ? where code = ?")
                .setParameter(1, LocalDate.parse(completedOn)).setParameter(2, LocalDate.parse(expiresOn))
                .setParameter(3, code).executeUpdate();
        em.flush();
        em.clear();
        Certificate c = em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code)
                .getSingleResult();
        em.refresh(c);
        String hash = Certificate.sha256(c.canonicalContent());
        em.createNativeQuery("update certificate set content_hash = ? where code = ?").setParameter(1, hash)
                .setParameter(2, code).executeUpdate();
        return "\"" + hash + "\"";
    }

    /** An expiry reminder whose e-mail has not gone (as if made while no SMTP server was configured). */
    @POST
    @Path("unmailed-reminder")
    public long unmailedReminder(@QueryParam("code") String code, @QueryParam("threshold") int threshold,
            @QueryParam("email") String email) {
        Certificate c = em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code)
                .getSingleResult();
        CertificateReminder r = new CertificateReminder(c.getId(), threshold, person(email).getId(),
                LocalDateTime.now(clock).minusDays(threshold));
        em.persist(r);
        em.flush();
        return r.getId();
    }

    /** A team with a manager and one learner (password maple-demo), for cross-team checks. */
    @POST
    @Path("team")
    public long team(@QueryParam("name") String name, @QueryParam("manager") String managerEmail,
            @QueryParam("learner") String learnerEmail, @QueryParam("learnerName") String learnerName) {
        LocalDateTime now = LocalDateTime.now(clock);
        Person manager = new Person(managerEmail, "Other Manager", now.toLocalDate().minusYears(1), EnumSet.of(Role.MANAGER), now);
        manager.setPasswordHash(hasher.hash("maple-demo".toCharArray()));
        em.persist(manager);
        Team team = new Team(name, manager);
        em.persist(team);
        Person learner = new Person(learnerEmail, learnerName, now.toLocalDate().minusDays(10), EnumSet.of(Role.LEARNER), now);
        learner.setPasswordHash(hasher.hash("maple-demo".toCharArray()));
        learner.setTeam(team);
        em.persist(learner);
        em.flush();
        return team.getId();
    }

    /** Renames a person the way an admin's staff import does (caller must be an admin). */
    @POST
    @Path("rename")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rename(@QueryParam("email") String email, @QueryParam("name") String name, @QueryParam("team") String team) {
        return staff.importCsv("name,email,role,team,start_date\n\"" + name + "\"," + email + ",learner,\"" + team + "\","
                + LocalDate.now(clock).minusDays(100) + "\n").imported().size();
    }

    private Person person(String email) {
        return em.createNamedQuery("Person.findByEmail", Person.class).setParameter("email", email).getSingleResult();
    }
}
