package id.sinergi.infoharga.app.server;

import java.time.Instant;
import java.util.UUID;

/** A device as the central server lists it: status, last sync, and its changes served and waiting there. */
public record ServerDeviceInfo(UUID id, String name, String fingerprint, Status status, Instant lastSyncAt,
                               String lastSyncUser, long served, long waiting, boolean self) {
    public enum Status { ACCEPTED, PENDING, REVOKED }
}
