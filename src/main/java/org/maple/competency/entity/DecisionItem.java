package org.maple.competency.entity;

import java.time.LocalDateTime;

/**
 * A sign-off, decline or reopening as the status rules see it (a value; {@link Decision} is its
 * stored, append-only row). {@code reopensId} names the decision a REOPENED undoes.
 */
public record DecisionItem(long id, DecisionAction action, LocalDateTime at, long byPersonId, String byName,
        String comment, Long reopensId) implements java.io.Serializable {
}
