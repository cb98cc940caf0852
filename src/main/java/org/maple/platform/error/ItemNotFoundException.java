package org.maple.platform.error;

/** Not found (404): The item does not exist or is not visible to you. */
public class ItemNotFoundException extends MapleException {

    private static final long serialVersionUID = 1L;

    public ItemNotFoundException() {
        super("The item does not exist or is not visible to you.");
    }

    public ItemNotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
