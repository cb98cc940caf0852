package org.maple.quiz.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.FileImport;
import org.maple.quiz.entity.BankVersion;

/** Queries over question bank versions (and the course versions they belong to). */
@Dependent
public class BankRepository {

    @PersistenceContext(unitName = "maple")
    EntityManager em;

    public Optional<BankVersion> current(String courseCode) {
        return em.createNamedQuery("BankVersion.current", BankVersion.class).setParameter("code", courseCode)
                .getResultStream().findFirst();
    }

    /** Every version, newest first, read fresh (another node may have retired one this node has cached). */
    public List<BankVersion> history(String courseCode) {
        return em.createNamedQuery("BankVersion.history", BankVersion.class).setParameter("code", courseCode)
                .setHint("eclipselink.refresh", "true").getResultList();
    }

    public Optional<BankVersion> find(long id) {
        return Optional.ofNullable(em.find(BankVersion.class, id));
    }

    /** The current version of a course (the bank's objectives must be its objectives). */
    public Optional<CourseVersion> currentCourse(String courseCode) {
        return em.createQuery("select c from CourseVersion c where c.current = true and c.courseCode = :code",
                CourseVersion.class).setParameter("code", courseCode).getResultStream().findFirst();
    }

    /** The hash last imported from a bank file, if any (see {@code course.entity.FileImport}). */
    public Optional<String> fileImportHash(String source) {
        return Optional.ofNullable(em.find(FileImport.class, source)).map(FileImport::getContentHash);
    }

    /** Records what was imported from a bank file. */
    public void recordFileImport(String source, String hash, java.time.LocalDateTime at) {
        FileImport f = em.find(FileImport.class, source);
        if (f == null) {
            em.persist(new FileImport(source, hash, at));
        } else {
            f.imported(hash, at);
        }
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
