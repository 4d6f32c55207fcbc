package id.sinergi.infoharga.app;

/** Bad input from the user: the message is already in the user's language, and nothing was changed. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    /** As the other, keeping what went wrong underneath for the log. */
    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
