package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.sync.Entity;

import java.util.Optional;

/**
 * How one entity's changes map to and from its rows (DESIGN §10): the natural key as text (codes, dates, UUIDs,
 * never an internal id), the value as canonical JSON, the rows as they stand, how a winning change is written into
 * them, what its audit row says, and who may make it. Local writes and changes received from other devices go
 * through the same codec, so both leave the same rows.
 *
 * @param <K> the natural key
 * @param <V> the value (a record: equal values are equal)
 */
public interface Codec<K, V> {
    Entity entity();

    /** The state tables this entity's changes write (checked against the schema by a test). */
    java.util.List<String> tables();

    String keyText(K key);

    /** Reads a key from a change; {@link IllegalArgumentException} says what is wrong with it. */
    K key(String text);

    String encode(V value);

    /** Reads a value from a change, checking every field; {@link IllegalArgumentException} names what is wrong. */
    V decode(String json);

    /** The key's value as the rows hold it now, and the version of the change that wrote it. */
    State<V> state(Rows rows, K key);

    /** Writes {@code value} into the rows as the key's winning change {@code stamp} (rows and version). */
    void store(Rows rows, K key, State<V> before, V value, Stamp stamp);

    /** The audit row of a change (after {@link #store}, so that a new row's id is known). */
    AuditLine audit(Rows rows, K key, Optional<V> before, V after, Stamp stamp);

    /** The reason a value carries for its audit row (a price's), or null. */
    default String reason(V value) {
        return null;
    }

    /** Who may make this change (checked for changes received from other devices). */
    Rule rule(Rows rows, K key, State<V> before, V value);

    /** A key's value and version as stored; both empty when there is none. */
    record State<V>(Optional<V> value, Optional<id.sinergi.infoharga.store.ChangeLogDao.Head> head) {
        public static <V> State<V> none() {
            return new State<>(Optional.empty(), Optional.empty());
        }
    }

    /** What the audit row of a change says: table and row key as this folder's audit trail names them. */
    record AuditLine(String table, String rowKey, String oldText, String newText) {
    }
}
