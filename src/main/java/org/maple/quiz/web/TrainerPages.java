package org.maple.quiz.web;

import jakarta.ejb.EJBException;

import org.maple.course.boundary.CoursesResource;
import org.maple.platform.error.MapleException;

/** What the trainer quiz pages share. */
final class TrainerPages {

    private TrainerPages() {
    }

    /** Whether a page parameter can be a course id at all (anything else goes back to the list). */
    static boolean validCourse(String code) {
        return code != null && code.matches(CoursesResource.ID);
    }

    /** The words of a service's refusal (bad input, not found, conflict), to show next to a field; null for anything else. */
    static String message(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof MapleException m ? m.getMessage() : null;
    }
}
