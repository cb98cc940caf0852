package org.maple.practice.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A log entry's review by the author's manager. Starts submitted; the manager verifies it or asks
 * for more (with a comment); the author's edit resubmits it; a verification can be withdrawn (back
 * to submitted, with a comment). Who reviewed is kept by id and, for display, by name.
 */
@Embeddable
public class Review implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 20)
    private ReviewState state = ReviewState.SUBMITTED;

    @Column(name = "review_comment", length = 2000)
    private String comment;

    @Column(name = "reviewed_by")
    private Long reviewerId;

    @Column(name = "reviewer_name", length = 200)
    private String reviewerName;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    public void verify(long byId, String byName, String comment, LocalDateTime now) {
        set(ReviewState.VERIFIED, byId, byName, comment, now);
    }

    public void askForMore(long byId, String byName, String comment, LocalDateTime now) {
        set(ReviewState.MORE_REQUESTED, byId, byName, comment, now);
    }

    public void withdraw(long byId, String byName, String comment, LocalDateTime now) {
        set(ReviewState.SUBMITTED, byId, byName, comment, now);
    }

    /** The author changed the entry: it waits for review again (the last comment stays visible). */
    public void resubmit() {
        state = ReviewState.SUBMITTED;
    }

    private void set(ReviewState s, long byId, String byName, String c, LocalDateTime now) {
        state = s;
        reviewerId = byId;
        reviewerName = byName;
        comment = c == null || c.isBlank() ? null : c.strip();
        reviewedAt = now;
    }

    public ReviewState getState() {
        return state;
    }

    public boolean isVerified() {
        return state == ReviewState.VERIFIED;
    }

    public String getComment() {
        return comment;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }
}
