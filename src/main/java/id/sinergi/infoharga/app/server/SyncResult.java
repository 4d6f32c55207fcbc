package id.sinergi.infoharga.app.server;

/**
 * What one sync with the central server did. {@code pushed}: this device's changes new on the server;
 * {@code pulledNew}: other devices' changes applied here; {@code known}: pulled changes this folder held already
 * (from a package); {@code conflicts}: conflicts found while applying; {@code pending}: this device waits for an
 * administrator's acceptance, and {@code waiting} of its changes are held on the server until then; {@code heldBack}:
 * changes of this device made by other accounts, which only their own account (or an administrator) can push.
 */
public record SyncResult(int pushed, int pulledNew, int known, int conflicts, boolean pending, long waiting,
                         long heldBack) {
}
