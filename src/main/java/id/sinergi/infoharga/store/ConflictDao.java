package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Changes that lost to a change whose author had not seen them (sync_conflict), and what was decided. */
@RegisterConstructorMapper(ConflictDao.ConflictRow.class)
public interface ConflictDao {
    record ConflictRow(int loserOrigin, long loserSeq, int entity, String naturalKey, boolean lost, String decision,
                       String decidedBy, OffsetDateTime decidedAt) {
    }

    @SqlUpdate("MERGE INTO sync_conflict t USING (VALUES (CAST(:o AS INT), CAST(:s AS BIGINT)))"
            + " AS v(o, s) ON t.loser_origin = v.o AND t.loser_seq = v.s"
            + " WHEN MATCHED THEN UPDATE SET lost = TRUE"
            + " WHEN NOT MATCHED THEN INSERT (loser_origin, loser_seq, entity, natural_key, lost)"
            + " VALUES (v.o, v.s, :e, :k, TRUE)")
    void flag(@Bind("o") int origin, @Bind("s") long seq, @Bind("e") int entity, @Bind("k") String naturalKey);

    /** A later change built on it: it was seen after all. Returns the rows changed (0 when it was not flagged). */
    @SqlUpdate("UPDATE sync_conflict SET lost = FALSE WHERE loser_origin = :o AND loser_seq = :s AND lost")
    int unflag(@Bind("o") int origin, @Bind("s") long seq);

    @SqlUpdate("MERGE INTO sync_conflict t USING (VALUES (CAST(:o AS INT), CAST(:s AS BIGINT)))"
            + " AS v(o, s) ON t.loser_origin = v.o AND t.loser_seq = v.s"
            + " WHEN MATCHED THEN UPDATE SET decision = :d, decided_by = :by, decided_at = :at"
            + " WHEN NOT MATCHED THEN INSERT (loser_origin, loser_seq, entity, natural_key, lost, decision,"
            + " decided_by, decided_at) VALUES (v.o, v.s, :e, :k, FALSE, :d, :by, :at)")
    void decide(@Bind("o") int origin, @Bind("s") long seq, @Bind("e") int entity, @Bind("k") String naturalKey,
                @Bind("d") String decision, @Bind("by") String decidedBy, @Bind("at") OffsetDateTime at);

    @SqlQuery("SELECT * FROM sync_conflict WHERE loser_origin = :o AND loser_seq = :s")
    Optional<ConflictRow> find(@Bind("o") int origin, @Bind("s") long seq);

    @SqlQuery("SELECT * FROM sync_conflict WHERE lost ORDER BY entity, natural_key, loser_origin, loser_seq")
    List<ConflictRow> lost();
}
