package org.maple.course.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.course.control.CourseRepository;
import org.maple.course.control.ProgressRepository;
import org.maple.course.entity.CourseVersion;
import org.maple.course.entity.Enrolment;
import org.maple.course.entity.Lesson;
import org.maple.course.entity.LessonCompletion;
import org.maple.identity.boundary.PeopleDirectory;

/** Puts the demo team at different stages: Sam part-way through the first course, Priya further on. */
@Dependent
public class DemoProgress {

    @Inject
    PeopleDirectory people;

    @Inject
    CourseRepository courses;

    @Inject
    ProgressRepository progress;

    @Inject
    Clock clock;

    void addDemoProgress() {
        if (progress.countEnrolments() > 0) {
            return;
        }
        List<CourseVersion> induction = courses.current().stream().filter(CourseVersion::isInduction).toList();
        LocalDateTime now = LocalDateTime.now(clock);
        people.byEmail("sam@maple.test").ifPresent(sam -> {
            if (!induction.isEmpty()) {
                study(sam, induction.get(0), 2, now.minusDays(3), false);
            }
        });
        people.byEmail("priya@maple.test").ifPresent(priya -> {
            if (induction.size() > 1) {
                study(priya, induction.get(0), Integer.MAX_VALUE, now.minusDays(60), true);
                study(priya, induction.get(1), 3, now.minusDays(20), false);
            }
        });
    }

    private void study(org.maple.identity.entity.Person person, CourseVersion course, int lessons,
            LocalDateTime when, boolean complete) {
        Enrolment e = new Enrolment(person, course, 1, when);
        progress.persist(e);
        List<Lesson> all = course.getLessons();
        for (int i = 0; i < Math.min(lessons, all.size()); i++) {
            progress.persist(new LessonCompletion(e.getId(), all.get(i).getKey(), when.plusDays(i)));
            e.visited(all.get(i).getKey());
        }
        if (complete) {
            e.complete(when.plusDays(all.size()));
        }
    }
}
