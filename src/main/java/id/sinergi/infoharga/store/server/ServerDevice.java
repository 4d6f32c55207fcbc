package id.sinergi.infoharga.store.server;

import java.time.Instant;
import java.util.UUID;

/**
 * A device as the central server knows it: status {@code accepted}, {@code pending} or {@code revoked}, its last
 * sync, and how many of its changes the server holds served and waiting.
 */
public record ServerDevice(UUID id, String name, byte[] publicKey, String fingerprint, String status,
                           String registeredBy, Instant lastSyncAt, String lastSyncUser, long served, long waiting) {
}
