package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Imports done, by their key (the file's SHA-256, with the options that change what its rows mean), so that the
 * same import twice changes nothing.
 */
public interface ImportLedgerDao {
    /** One recorded import: the file as it was named, its options, who imported it. */
    record Entry(String fileName, String options, String actor) {
    }

    @SqlQuery("SELECT file_name, options, actor FROM import_ledger WHERE import_key = :k")
    @RegisterConstructorMapper(Entry.class)
    Optional<Entry> withKey(@Bind("k") String importKey);

    /** The imports saved at exactly this instant (the time stamped on the rows they stored). */
    @SqlQuery("SELECT file_name, options, actor FROM import_ledger WHERE imported_at = :at")
    @RegisterConstructorMapper(Entry.class)
    List<Entry> savedAt(@Bind("at") OffsetDateTime at);

    @SqlUpdate("INSERT INTO import_ledger (import_key, file_sha256, file_name, options, imported_at, actor,"
            + " rows_stored, rows_missing, rows_unchanged)"
            + " VALUES (:k, :h, :name, :options, :at, :actor, :stored, :missing, :unchanged)")
    void record(@Bind("k") String importKey, @Bind("h") String sha256, @Bind("name") String fileName,
                @Bind("options") String options, @Bind("at") OffsetDateTime at, @Bind("actor") String actor,
                @Bind("stored") int stored, @Bind("missing") int missing, @Bind("unchanged") int unchanged);
}
