package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** Files already imported, by the SHA-256 of their content, so that the same file twice changes nothing. */
public interface ImportLedgerDao {
    @SqlQuery("SELECT file_name FROM import_ledger WHERE file_sha256 = :h")
    Optional<String> fileWithHash(@Bind("h") String sha256);

    @SqlUpdate("INSERT INTO import_ledger (file_sha256, file_name, imported_at, actor, rows_stored, rows_missing,"
            + " rows_unchanged) VALUES (:h, :name, CURRENT_TIMESTAMP, :actor, :stored, :missing, :unchanged)")
    void record(@Bind("h") String sha256, @Bind("name") String fileName, @Bind("actor") String actor,
                @Bind("stored") int stored, @Bind("missing") int missing, @Bind("unchanged") int unchanged);
}
