package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.AuditChain;
import id.sinergi.infoharga.domain.AuditEntry;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
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

    /** One row as inserted: the entry with its time as stored and its place in the chain. */
    record Insert(OffsetDateTime at, String actor, String device, String tableName, String rowKey,
                  String oldValue, String newValue, String reason, java.util.UUID originDevice, Long originSeq,
                  String prev, String hash) {
    }

    @SqlBatch("INSERT INTO audit_log (at_utc, actor, device, table_name, row_key, old_value, new_value, reason,"
            + " prev_hash, row_hash, origin_device, origin_seq) VALUES (:at, :actor, :device, :tableName, :rowKey,"
            + " :oldValue, :newValue, :reason, :prev, :hash, :originDevice, :originSeq)")
    void insertBatch(@BindMethods List<Insert> rows);

    /** Appends entries to the chain; call inside the transaction of the change they describe. */
    default void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String prev = lastHash().orElse(AuditChain.GENESIS);
        List<Insert> rows = new java.util.ArrayList<>(entries.size());
        for (AuditEntry raw : entries) {
            // Stored with microsecond precision, so the hash is taken over what can be read back.
            AuditEntry e = new AuditEntry(raw.at().truncatedTo(ChronoUnit.MICROS), raw.actor(), raw.device(),
                    raw.tableName(), raw.rowKey(), raw.oldValue(), raw.newValue(), raw.reason(), raw.origin());
            String hash = AuditChain.hash(prev, e);
            rows.add(new Insert(OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC), e.actor(), e.device(),
                    e.tableName(), e.rowKey(), e.oldValue(), e.newValue(), e.reason(),
                    e.origin() == null ? null : e.origin().device(), e.origin() == null ? null : e.origin().seq(),
                    prev, hash));
            prev = hash;
        }
        insertBatch(rows);
    }

    /** The newest row's id and hash: what a package names as its sender's anchor. */
    @SqlQuery("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Head.class)
    Optional<Head> head();

    record Head(long id, String rowHash) {
    }

    @SqlQuery("SELECT * FROM audit_log ORDER BY id")
    List<AuditRow> all();

    /** The whole chain in order without holding it in memory; close the stream. */
    @SqlQuery("SELECT * FROM audit_log ORDER BY id")
    java.util.stream.Stream<AuditRow> streamAll();

    @SqlQuery("SELECT * FROM audit_log WHERE table_name = :t AND row_key = :k ORDER BY id")
    List<AuditRow> forKey(@Bind("t") String table, @Bind("k") String rowKey);

    /** The keys of one table that have any audit row (what an upgraded folder's users changed). */
    @SqlQuery("SELECT DISTINCT row_key FROM audit_log WHERE table_name = :t ORDER BY row_key")
    List<String> keysOf(@Bind("t") String table);

    @SqlQuery("SELECT COUNT(*) FROM audit_log")
    long count();

    final class RowMapperImpl implements RowMapper<AuditRow> {
        @Override
        public AuditRow map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            Instant at = rs.getObject("at_utc", OffsetDateTime.class).toInstant();
            java.util.UUID originDevice = rs.getObject("origin_device", java.util.UUID.class);
            long originSeq = rs.getLong("origin_seq");
            AuditEntry e = new AuditEntry(at, rs.getString("actor"), rs.getString("device"),
                    rs.getString("table_name"), rs.getString("row_key"), rs.getString("old_value"),
                    rs.getString("new_value"), rs.getString("reason"),
                    originDevice == null ? null : new id.sinergi.infoharga.domain.sync.ChangeId(originDevice,
                            originSeq));
            return new AuditRow(rs.getLong("id"), e, rs.getString("prev_hash"), rs.getString("row_hash"));
        }
    }
}
