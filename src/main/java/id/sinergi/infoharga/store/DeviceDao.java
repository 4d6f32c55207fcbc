package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The devices this folder knows (sync_device) and what each peer has confirmed holding (sync_peer). */
@RegisterConstructorMapper(DeviceDao.DeviceRow.class)
@RegisterConstructorMapper(DeviceDao.Confirmed.class)
public interface DeviceDao {
    /** One known device. {@code publicKey} is null for a device known only from changes relayed by others. */
    record DeviceRow(int id, UUID deviceId, String name, byte[] publicKey, String status, boolean relay,
                     long knownSeq, OffsetDateTime firstSeenAt, String seenUser, String decidedBy,
                     OffsetDateTime decidedAt, OffsetDateTime lastPackageAt, String lastPackageUser,
                     Integer lastPackageSize, Integer lastPackageNew, Long lastAnchorId, String lastAnchorHash) {
    }

    /** The highest sequence of {@code origin} that a peer has confirmed holding. */
    record Confirmed(int origin, long confirmedSeq) {
    }

    @SqlQuery("SELECT * FROM sync_device ORDER BY id")
    List<DeviceRow> all();

    @SqlQuery("SELECT * FROM sync_device WHERE id = :id")
    Optional<DeviceRow> byId(@Bind("id") int id);

    @SqlQuery("SELECT * FROM sync_device WHERE device_id = :d")
    Optional<DeviceRow> byDeviceId(@Bind("d") UUID deviceId);

    @SqlQuery("SELECT * FROM sync_device WHERE status = 'SELF'")
    Optional<DeviceRow> self();

    /** This device's row, locked until the transaction ends: its sequence is handed out one by one. */
    @SqlQuery("SELECT * FROM sync_device WHERE status = 'SELF' FOR UPDATE")
    Optional<DeviceRow> selfForUpdate();

    @SqlUpdate("INSERT INTO sync_device (device_id, name, public_key, status, relay, first_seen_at, seen_user)"
            + " VALUES (:d, :name, :key, :status, :relay, :at, :user)")
    @GetGeneratedKeys("id")
    int insert(@Bind("d") UUID deviceId, @Bind("name") String name, @Bind("key") byte[] publicKey,
               @Bind("status") String status, @Bind("relay") boolean relay, @Bind("at") OffsetDateTime at,
               @Bind("user") String seenUser);

    @SqlUpdate("UPDATE sync_device SET known_seq = :s WHERE id = :id")
    void setKnownSeq(@Bind("id") int id, @Bind("s") long seq);

    @SqlUpdate("UPDATE sync_device SET name = :name WHERE id = :id")
    void rename(@Bind("id") int id, @Bind("name") String name);

    @SqlUpdate("UPDATE sync_device SET public_key = :key WHERE id = :id")
    void setKey(@Bind("id") int id, @Bind("key") byte[] publicKey);

    @SqlUpdate("UPDATE sync_device SET status = :status, relay = :relay, decided_by = :by, decided_at = :at"
            + " WHERE id = :id")
    void decide(@Bind("id") int id, @Bind("status") String status, @Bind("relay") boolean relay,
                @Bind("by") String decidedBy, @Bind("at") OffsetDateTime at);

    @SqlUpdate("UPDATE sync_device SET status = :status, seen_user = :user WHERE id = :id")
    void setStatus(@Bind("id") int id, @Bind("status") String status, @Bind("user") String seenUser);

    @SqlUpdate("UPDATE sync_device SET last_package_at = :at, last_package_user = :user, last_package_size = :size,"
            + " last_package_new = :fresh, last_anchor_id = :anchorId, last_anchor_hash = :anchorHash WHERE id = :id")
    void packageSeen(@Bind("id") int id, @Bind("at") OffsetDateTime at, @Bind("user") String user,
                     @Bind("size") int changes, @Bind("fresh") int fresh, @Bind("anchorId") Long anchorId,
                     @Bind("anchorHash") String anchorHash);

    @SqlQuery("SELECT origin, confirmed_seq FROM sync_peer WHERE peer = :p")
    List<Confirmed> confirmed(@Bind("p") int peer);

    /** Raises what a peer has confirmed; never lowers it (an older package read late says less). */
    @SqlUpdate("MERGE INTO sync_peer t USING (VALUES (CAST(:p AS INT), CAST(:o AS INT), CAST(:s AS BIGINT)))"
            + " AS v(peer, origin, s) ON t.peer = v.peer AND t.origin = v.origin"
            + " WHEN MATCHED THEN UPDATE SET confirmed_seq = GREATEST(t.confirmed_seq, v.s)"
            + " WHEN NOT MATCHED THEN INSERT (peer, origin, confirmed_seq) VALUES (v.peer, v.origin, v.s)")
    void confirm(@Bind("p") int peer, @Bind("o") int origin, @Bind("s") long seq);
}
