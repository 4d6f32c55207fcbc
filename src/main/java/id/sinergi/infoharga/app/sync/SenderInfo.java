package id.sinergi.infoharga.app.sync;

import java.time.Instant;
import java.util.UUID;

/** Who sent a package, as its signed manifest says: device id, name, key fingerprint, user, when, how many changes. */
public record SenderInfo(UUID deviceId, String deviceName, String fingerprint, String user, Instant createdAt,
                         long changes) {
}
