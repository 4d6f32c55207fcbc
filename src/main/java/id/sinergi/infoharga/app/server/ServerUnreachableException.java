package id.sinergi.infoharga.app.server;

/**
 * The central server could not be reached (no network, server down, connection cut midway). The message is one
 * line in the user's language; what was already stored stays, and the next sync continues from there.
 */
public final class ServerUnreachableException extends RuntimeException {
    public ServerUnreachableException(String message) {
        super(message);
    }
}
