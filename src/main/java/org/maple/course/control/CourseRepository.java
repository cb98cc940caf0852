package org.maple.course.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.FileImport;
import org.maple.course.entity.Lesson;
import org.maple.course.entity.StoredProblem;

/** Queries over course versions, lessons and stored content problems. */
@Dependent
public class CourseRepository {

    @PersistenceContext
    EntityManager em;

    public List<CourseVersion> current() {
        return em.createNamedQuery("CourseVersion.current", CourseVersion.class).getResultList();
    }

    public Optional<CourseVersion> current(String code) {
        return em.createNamedQuery("CourseVersion.currentByCode", CourseVersion.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * Every version of a course, newest first, read fresh from the database: another node may have
     * retired a version since this node cached it (the {@code current} flag is the one field of a
     * cached version that changes), and this refresh also corrects the shared cache.
     */
    public List<CourseVersion> history(String code) {
        return em.createNamedQuery("CourseVersion.history", CourseVersion.class)
                .setParameter("code", code).setHint("eclipselink.refresh", "true").getResultList();
    }

    /** Every version of every course (a few dozen rows). */
    public List<CourseVersion> allVersions() {
        return em.createQuery("select v from CourseVersion v order by v.courseCode, v.versionNo", CourseVersion.class)
                .getResultList();
    }

    public Optional<CourseVersion> version(long id) {
        return Optional.ofNullable(em.find(CourseVersion.class, id));
    }

    public Optional<Lesson> lesson(CourseVersion version, String key) {
        return version.getLessons().stream().filter(l -> l.getKey().equals(key)).findFirst();
    }

    public List<StoredProblem> problems() {
        return em.createNamedQuery("StoredProblem.all", StoredProblem.class).getResultList();
    }

    public void replaceProblems(List<StoredProblem> problems) {
        em.createNamedQuery("StoredProblem.clear").executeUpdate();
        problems.forEach(em::persist);
    }

    /** The hash last imported from a file source, if any (see {@link FileImport}). */
    public Optional<String> fileImportHash(String source) {
        return Optional.ofNullable(em.find(FileImport.class, source)).map(FileImport::getContentHash);
    }

    /** Records what was imported from a file source. */
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
