package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.WorkProgress;

import java.time.Instant;
import java.util.Optional;

/**
 * What Sinkronkan needs of the central server's sync service: a seam, so that its view model is tested with a fake
 * as well as with the real service over a real PostgreSQL.
 */
public interface ServerSyncPort {
    /** What one Sinkronkan did. */
    record Counts(long sent, long receivedNew, long known, long conflicts, long waiting) {
    }

    /** A server address and account are stored (Pengaturan → Server pusat). */
    boolean configured() throws Exception;

    /**
     * Pushes this device's unsent changes and pulls everyone else's; no network fails with a
     * {@link id.sinergi.infoharga.app.UserInputException} of one line and changes nothing.
     */
    Counts syncNow(Actor actor, WorkProgress progress) throws Exception;

    /** When the last Sinkronkan ended well; empty when never. */
    Optional<Instant> lastSync() throws Exception;
}
