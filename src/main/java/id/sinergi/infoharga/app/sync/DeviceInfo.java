package id.sinergi.infoharga.app.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One device as the Perangkat screen and {@code sync devices} show it: who it is, its status here, whether it may
 * forward other devices' changes (an office device), what its last package brought, how many changes this folder
 * holds of it, and how many changes it has not yet confirmed holding (what the next package to it would carry).
 */
public record DeviceInfo(UUID id, String name, String fingerprint, Status status, boolean relay, String seenUser,
                         Instant firstSeenAt, Instant lastPackageAt, String lastPackageUser, Integer lastPackageSize,
                         Integer lastPackageNew, long held, long unsent) {

    /** SELF: this folder; PENDING: sent a package, waiting for an administrator; KNOWN: seen only through relays. */
    public enum Status { SELF, PENDING, ACCEPTED, REVOKED, KNOWN }

    public String shortId() {
        return id.toString().substring(0, 8);
    }
}
