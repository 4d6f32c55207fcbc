package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/**
 * The change log (table change_log), the winning change of each key of the small entities (change_head) and the
 * folder's counters (sync_state). Devices appear by their local id ({@code origin}); only the app layer turns them
 * into the UUIDs that travel.
 */
@RegisterConstructorMapper(ChangeLogDao.Row.class)
@RegisterConstructorMapper(ChangeLogDao.Head.class)
public interface ChangeLogDao {
    /** One stored change; {@code baseOrigin}/{@code baseSeq} null when the key had no change before. */
    record Row(int origin, long seq, long lamport, long atMs, String actor, int entity, String naturalKey,
               String newValue, Integer baseOrigin, Long baseSeq) {
    }

    /** The winning change of a key. */
    record Head(int origin, long seq, long lamport) {
    }

    String INSERT = "INSERT INTO change_log (origin, seq, lamport, at_ms, actor, entity, natural_key, new_value,"
            + " base_origin, base_seq) VALUES (:origin, :seq, :lamport, :atMs, :actor, :entity, :naturalKey,"
            + " :newValue, :baseOrigin, :baseSeq)";

    @SqlUpdate(INSERT)
    void insert(@BindMethods Row row);

    @SqlBatch(INSERT)
    void insertBatch(@BindMethods List<Row> rows);

    @SqlQuery("SELECT * FROM change_log WHERE origin = :o AND seq = :s")
    Optional<Row> find(@Bind("o") int origin, @Bind("s") long seq);

    /**
     * One origin's changes after {@code afterSeq}, oldest first, at most {@code limit} (read page by page). Ordered by
     * the whole primary key: H2 then reads the page straight off the index (ordered by seq alone it read and sorted
     * every later change of the origin for each page).
     */
    @SqlQuery("SELECT * FROM change_log WHERE origin = :o AND seq > :after ORDER BY origin, seq LIMIT :limit")
    List<Row> page(@Bind("o") int origin, @Bind("after") long afterSeq, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM change_log")
    long count();

    @SqlQuery("SELECT COUNT(*) FROM change_log WHERE origin = :o")
    long countOf(@Bind("o") int origin);

    @SqlQuery("SELECT origin, seq, lamport FROM change_head WHERE entity = :e AND natural_key = :k")
    Optional<Head> head(@Bind("e") int entity, @Bind("k") String naturalKey);

    @SqlUpdate("MERGE INTO change_head (entity, natural_key, origin, seq, lamport) KEY (entity, natural_key)"
            + " VALUES (:e, :k, :origin, :seq, :lamport)")
    void putHead(@Bind("e") int entity, @Bind("k") String naturalKey, @BindMethods Head head);

    /** Whether any change of this entity and key is held (the small entities only). */
    @SqlQuery("SELECT COUNT(*) > 0 FROM change_head WHERE entity = :e AND natural_key = :k")
    boolean hasHead(@Bind("e") int entity, @Bind("k") String naturalKey);

    @SqlQuery("SELECT state_value FROM sync_state WHERE state_key = :k FOR UPDATE")
    Optional<Long> stateForUpdate(@Bind("k") String key);

    @SqlQuery("SELECT state_value FROM sync_state WHERE state_key = :k")
    Optional<Long> state(@Bind("k") String key);

    @SqlUpdate("MERGE INTO sync_state (state_key, state_value) KEY (state_key) VALUES (:k, :v)")
    void putState(@Bind("k") String key, @Bind("v") long value);
}
