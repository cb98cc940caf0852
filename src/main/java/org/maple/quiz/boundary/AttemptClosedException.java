package org.maple.quiz.boundary;

import org.maple.platform.error.ConflictException;

/** An answer or submission for an attempt that is already graded or out of time (409). */
public class AttemptClosedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public AttemptClosedException(String message) {
        super(message);
    }
}
