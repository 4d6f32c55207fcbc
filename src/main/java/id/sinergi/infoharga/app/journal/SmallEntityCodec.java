package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.store.ChangeLogDao;

import java.util.Optional;

/**
 * A codec of an entity with few rows (master data, accounts, settings…), whose winning change per key is kept in
 * change_head. Subclasses read and write the rows themselves.
 */
abstract class SmallEntityCodec<K, V> implements Codec<K, V> {

    /** The key's value as the rows hold it now. */
    abstract Optional<V> read(Rows rows, K key);

    /** Writes the value into the rows. */
    abstract void write(Rows rows, K key, Optional<V> before, V value, Stamp stamp);

    @Override
    public final State<V> state(Rows rows, K key) {
        Optional<ChangeLogDao.Head> head = rows.log.head(entity().code(), keyText(key));
        return new State<>(read(rows, key), head);
    }

    @Override
    public final void store(Rows rows, K key, State<V> before, V value, Stamp stamp) {
        write(rows, key, before.value(), value, stamp);
        rows.log.putHead(entity().code(), keyText(key), stamp.head());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
