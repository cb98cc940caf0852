package org.maple.platform.error;

/** Forbidden (403): You do not have permission for this. */
public class AccessDeniedException extends MapleException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("You do not have permission for this.");
    }

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
