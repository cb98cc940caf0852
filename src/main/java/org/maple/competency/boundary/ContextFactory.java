package org.maple.competency.boundary;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.competency.control.StatusCalculator;
import org.maple.course.boundary.CourseRecords;
import org.maple.course.boundary.DanosCatalog;

/** Builds the shared context of one assessment run: framework, current courses, policy, today. */
@Dependent
public class ContextFactory {

    @Inject
    DanosCatalog catalog;

    @Inject
    CourseRecords courses;

    @Inject
    CompetencySettings settings;

    @Inject
    Clock clock;

    public StatusCalculator.Context create() {
        return new StatusCalculator.Context(catalog.framework(), courses.currentCourses(), settings.policy(),
                LocalDate.now(clock));
    }
}
