package org.maple.platform.error;

/** Conflict (409): Someone else changed this first. */
public class ConflictException extends MapleException {

    private static final long serialVersionUID = 1L;

    public ConflictException() {
        super("Someone else changed this first.");
    }

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
