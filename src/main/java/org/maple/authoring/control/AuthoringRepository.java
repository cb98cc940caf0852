package org.maple.authoring.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.maple.authoring.entity.AuditEntry;
import org.maple.authoring.entity.Draft;
import org.maple.authoring.entity.LanguageHint;
import org.maple.authoring.entity.LessonImage;
import org.maple.authoring.entity.Publication;
import org.maple.authoring.entity.VersionFile;

/** Queries over drafts, version files, publications, the audit trail, language hints and images. */
@Dependent
public class AuthoringRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Draft> draft(String code) {
        return em.createNamedQuery("Draft.byCourse", Draft.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<Draft> drafts() {
        return em.createNamedQuery("Draft.all", Draft.class).getResultList();
    }

    /** The files of a course version, path → text (empty when none were kept). */
    public Map<String, String> versionFiles(String code, int versionNo) {
        Map<String, String> out = new LinkedHashMap<>();
        em.createNamedQuery("VersionFile.of", VersionFile.class).setParameter("code", code).setParameter("v", versionNo)
                .getResultList().forEach(f -> out.put(f.getPath(), f.getContent()));
        return out;
    }

    public boolean hasVersionFiles(String code, int versionNo) {
        return !em.createNamedQuery("VersionFile.of", VersionFile.class).setParameter("code", code)
                .setParameter("v", versionNo).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Integer> versionsWithFiles(String code) {
        return em.createNamedQuery("VersionFile.versions", Integer.class).setParameter("code", code).getResultList();
    }

    public void keepVersionFiles(String code, int versionNo, Map<String, String> files) {
        if (hasVersionFiles(code, versionNo)) {
            return;
        }
        files.forEach((path, text) -> em.persist(new VersionFile(code, versionNo, path, text)));
    }

    public List<Publication> publications(String code) {
        return em.createNamedQuery("Publication.of", Publication.class).setParameter("code", code).getResultList();
    }

    public List<AuditEntry> audit(String code, int max) {
        var q = code == null ? em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                : em.createNamedQuery("AuditEntry.ofCourse", AuditEntry.class).setParameter("code", code);
        return q.setMaxResults(max).getResultList();
    }

    public List<LanguageHint> hints() {
        return em.createNamedQuery("LanguageHint.all", LanguageHint.class).getResultList();
    }

    public Optional<LessonImage> image(String code, String name) {
        return em.createNamedQuery("LessonImage.find", LessonImage.class).setParameter("code", code)
                .setParameter("name", name).getResultStream().findFirst();
    }

    public List<LessonImage> images(String code) {
        return em.createNamedQuery("LessonImage.ofCourse", LessonImage.class).setParameter("code", code).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }
}
