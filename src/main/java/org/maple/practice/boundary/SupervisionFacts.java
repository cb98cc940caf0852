package org.maple.practice.boundary;

import java.util.List;

/**
 * A hook for agenda suggestions that other features own. Implemented as a CDI bean in this package
 * ({@link RecordFacts}), calling the owning feature's boundary (practice may depend on {@code quiz}
 * and {@code competency}); every implementation found is asked.
 */
public interface SupervisionFacts {

    /** Short descriptions (e.g. course titles) of quizzes the person has failed and not yet passed. */
    default List<String> failedQuizzes(long personId) {
        return List.of();
    }

    /** DANOS units (code and title) whose evidence or sign-off for the person expires soon. */
    default List<String> unitsExpiring(long personId) {
        return List.of();
    }

    /** DANOS units (code and title) whose evidence or sign-off for the person has expired. */
    default List<String> unitsExpired(long personId) {
        return List.of();
    }
}
