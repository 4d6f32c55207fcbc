package id.sinergi.infoharga.domain.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the change log (DESIGN §10): who changed which natural key of which entity to what, on which device,
 * as its sequence there, with its Lamport counter, and the change it replaced as its author saw it ({@code base},
 * null when the key had no change yet). {@code value} is the entity's canonical JSON; {@code at} is UTC to the
 * millisecond.
 */
public record Change(ChangeId id, long lamport, Instant at, String user, Entity entity, String key, String value,
                     ChangeId base) {
    public static final int MAX_KEY = 200;
    public static final int MAX_VALUE = 4000;
    public static final int MAX_USER = 64;

    public Change {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(entity, "entity");
        if (lamport < 1) {
            throw new IllegalArgumentException("Lamport counter starts at 1");
        }
        if (user == null || user.isBlank() || user.length() > MAX_USER) {
            throw new IllegalArgumentException("a change needs its user");
        }
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a change needs a natural key of at most " + MAX_KEY);
        }
        if (value == null || value.isEmpty() || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("a change needs a value of at most " + MAX_VALUE);
        }
    }

    public Version version() {
        return new Version(id, lamport);
    }
}
