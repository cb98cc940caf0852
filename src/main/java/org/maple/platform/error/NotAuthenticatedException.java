package org.maple.platform.error;

/** Not signed in (401): Please sign in first. */
public class NotAuthenticatedException extends MapleException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("Please sign in first.");
    }

    public NotAuthenticatedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Not signed in";
    }
}
