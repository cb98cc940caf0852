package org.maple.practice.boundary;

import java.util.List;

/**
 * A hook for agenda suggestions that other features own. Implement it as a CDI bean in this
 * package, calling the owning feature's boundary (practice may depend on {@code quiz} and
 * {@code competency}); every implementation found is asked. None exists yet: the quiz attempts
 * and the competency status are being written; until then those suggestions are simply absent.
 */
public interface SupervisionFacts {

    /** Short descriptions (e.g. course titles) of quizzes the person has failed and not yet passed. */
    default List<String> failedQuizzes(long personId) {
        return List.of();
    }

    /** DANOS unit codes whose evidence for the person expires soon. */
    default List<String> unitsExpiring(long personId) {
        return List.of();
    }
}
