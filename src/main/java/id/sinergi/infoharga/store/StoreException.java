package id.sinergi.infoharga.store;

/** The store could not do what was asked; the message says why in words a log reader understands. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
