package org.maple.platform.error;

/** Invalid input (400): The input is not valid. */
public class InvalidInputException extends MapleException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException() {
        super("The input is not valid.");
    }

    public InvalidInputException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
