package org.maple.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A failure the user can act on, with the HTTP status it maps to. Thrown by services; REST maps it
 * to an RFC 9457 problem body, Faces pages to a message. Rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class MapleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MapleException(String message) {
        super(message);
    }

    /** The HTTP status this condition maps to. */
    public abstract int status();

    /** A short title for the kind of problem. */
    public abstract String title();
}
