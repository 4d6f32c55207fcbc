package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Entity;

import java.time.Instant;

/**
 * A conflict as Konflik shows it: what (entity and key in people's words), the value that holds (the key's winning
 * change) and the value that lost, each with who, where and when, and what an administrator decided (null: open).
 */
public record ConflictInfo(ChangeId lost, Entity entity, String key, String what, Side winner, Side loser,
                           Decision decision, String decidedBy, Instant decidedAt) {

    public enum Decision { CONFIRMED, REVERSED }

    /** One of the two changes. */
    public record Side(ChangeId id, String value, String user, String device, Instant at) {
    }

    /** The same on every device that holds the same changes: the list is compared across devices. */
    public String line() {
        return entity.wireName() + " " + key + ": " + winner.value() + " (" + winner.id() + ") over " + loser.value()
                + " (" + loser.id() + ")" + (decision == null ? "" : " " + decision);
    }
}
