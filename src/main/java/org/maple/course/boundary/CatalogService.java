package org.maple.course.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.course.control.CourseRepository;
import org.maple.course.entity.CourseVersion;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ItemNotFoundException;

/** The course catalogue: current courses, one course's detail, its version history. Role: any staff role. */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class CatalogService {

    /** A course as listed in the catalogue. */
    public record CourseSummary(String id, String title, String summary, String audience, int version,
            int estimatedMinutes, boolean induction, Integer dueDays, List<String> assignedTo, List<String> danos,
            int lessons) implements java.io.Serializable {
    }

    /** A course with its objectives and lessons (titles only). */
    public record CourseDetail(CourseSummary course, List<String> objectives, List<String> sources,
            List<LessonSummary> lessons) implements java.io.Serializable {
    }

    public record LessonSummary(String id, int position, String title, int minutes, List<String> danos) implements java.io.Serializable {
    }

    /** One version in a course's history. */
    public record VersionSummary(int version, boolean current, String contentHash, String loadedAt, int lessons) implements java.io.Serializable {
    }

    @Inject
    CourseRepository courses;

    /** Use case: list the current courses. */
    public List<CourseSummary> courses() {
        return courses.current().stream().map(CatalogService::summary).toList();
    }

    /** Use case: one course's current version in detail. */
    public CourseDetail course(String code) {
        CourseVersion v = courses.current(code)
                .orElseThrow(() -> new ItemNotFoundException("There is no course with id '" + clean(code) + "'."));
        return new CourseDetail(summary(v), v.getObjectives().stream().map(LearningService::text).toList(), v.getSources(),
                v.getLessons().stream().map(l -> new LessonSummary(l.getKey(), l.getPosition(), l.getTitle(),
                        l.getMinutes(), l.getDanosCodes())).toList());
    }

    /** Use case: a trainer or admin sees every version of a course. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public List<VersionSummary> history(String code) {
        return courses.history(code).stream().map(v -> new VersionSummary(v.getVersionNo(), v.isCurrent(),
                v.getContentHash().substring(0, 12), v.getLoadedAt().toString(), v.getLessons().size())).toList();
    }

    static CourseSummary summary(CourseVersion v) {
        return new CourseSummary(v.getCourseCode(), v.getTitle(), v.getSummary(), v.getAudience(), v.getVersionNo(),
                v.getEstimatedMinutes(), v.isInduction(), v.getDueDays(), v.getAssignedRoles(), v.getDanosCodes(),
                v.getLessons().size());
    }

    private static String clean(String s) {
        String t = s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "");
        return t.length() > 60 ? t.substring(0, 60) : t;
    }
}
