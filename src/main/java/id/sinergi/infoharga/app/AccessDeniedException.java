package id.sinergi.infoharga.app;

/** The acting account may not do this (role, assignment, set-up mode, wrong password); nothing was changed. */
public final class AccessDeniedException extends UserInputException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
