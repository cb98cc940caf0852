package org.maple.quiz.boundary;

import org.maple.platform.error.ConflictException;

/** Starting an attempt when none is left, or after passing (409). */
public class AttemptLimitReachedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public AttemptLimitReachedException(String message) {
        super(message);
    }
}
