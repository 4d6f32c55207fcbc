package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.AuditChain;
import id.sinergi.infoharga.domain.AuditEntry;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The append-only audit log. Rows are only ever inserted through {@link #append}. */
@RegisterRowMapper(AuditDao.RowMapperImpl.class)
public interface AuditDao {

    /** A stored audit row with its place in the chain. */
    record AuditRow(long id, AuditEntry entry, String prevHash, String rowHash) {
    }

    @SqlQuery("SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1 FOR UPDATE")
    Optional<String> lastHash();

    @SqlUpdate("INSERT INTO audit_log (at_utc, actor, device, table_name, row_key, old_value, new_value, reason,"
            + " prev_hash, row_hash) VALUES (:at, :actor, :device, :tableName, :rowKey, :oldValue, :newValue,"
            + " :reason, :prev, :hash)")
    void insert(@BindMethods AuditEntry entry, @Bind("at") OffsetDateTime at, @Bind("prev") String prevHash,
                @Bind("hash") String hash);

    /** Appends entries to the chain; call inside the transaction of the change they describe. */
    default void append(List<AuditEntry> entries) {
        String prev = lastHash().orElse(AuditChain.GENESIS);
        for (AuditEntry raw : entries) {
            // Stored with microsecond precision, so the hash is taken over what can be read back.
            AuditEntry e = new AuditEntry(raw.at().truncatedTo(ChronoUnit.MICROS), raw.actor(), raw.device(),
                    raw.tableName(), raw.rowKey(), raw.oldValue(), raw.newValue(), raw.reason());
            String hash = AuditChain.hash(prev, e);
            insert(e, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC), prev, hash);
            prev = hash;
        }
    }

    @SqlQuery("SELECT * FROM audit_log ORDER BY id")
    List<AuditRow> all();

    /** The whole chain in order without holding it in memory; close the stream. */
    @SqlQuery("SELECT * FROM audit_log ORDER BY id")
    java.util.stream.Stream<AuditRow> streamAll();

    @SqlQuery("SELECT * FROM audit_log WHERE table_name = :t AND row_key = :k ORDER BY id")
    List<AuditRow> forKey(@Bind("t") String table, @Bind("k") String rowKey);

    @SqlQuery("SELECT COUNT(*) FROM audit_log")
    long count();

    final class RowMapperImpl implements RowMapper<AuditRow> {
        @Override
        public AuditRow map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            Instant at = rs.getObject("at_utc", OffsetDateTime.class).toInstant();
            AuditEntry e = new AuditEntry(at, rs.getString("actor"), rs.getString("device"),
                    rs.getString("table_name"), rs.getString("row_key"), rs.getString("old_value"),
                    rs.getString("new_value"), rs.getString("reason"));
            return new AuditRow(rs.getLong("id"), e, rs.getString("prev_hash"), rs.getString("row_hash"));
        }
    }
}
