package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.DeviceDao;
import id.sinergi.infoharga.store.Store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The journal's work inside one transaction: this device's row (locked, so sequences are handed out one at a time),
 * the Lamport clock, the sequence held of each device (the version vector), the devices' local ids, and the audit
 * rows waiting to be appended. {@link #close()} writes the counters back; the caller's transaction commits all.
 */
final class Session {
    static final String LAMPORT = "lamport";
    private static final int AUDIT_BATCH = 5_000;

    final Store.Tx tx;
    final Rows rows;
    final DeviceIdentity self;
    final int selfLocal;
    private long lamport;
    private final Map<Integer, Long> known = new HashMap<>();
    private final Set<Integer> knownChanged = new HashSet<>();
    private final Map<Integer, DeviceDao.DeviceRow> byLocal = new HashMap<>();
    private final Map<UUID, Integer> byDevice = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();

    Session(Store.Tx tx, DeviceIdentity self, Instant now) {
        this.tx = tx;
        this.rows = new Rows(tx);
        this.self = self;
        this.lamport = rows.log.stateForUpdate(LAMPORT).orElse(0L);
        this.selfLocal = selfRow(now).id();
    }

    /**
     * This device's row, added on the first write. A database that names another device as itself came from
     * another folder (a backup restored into a new one): that device keeps its changes as a device seen here.
     */
    private DeviceDao.DeviceRow selfRow(Instant now) {
        Optional<DeviceDao.DeviceRow> me = rows.devices.selfForUpdate();
        if (me.isPresent() && me.get().deviceId().equals(self.id())) {
            if (!me.get().name().equals(self.name())) {
                rows.devices.rename(me.get().id(), self.name());
            }
            return me.get();
        }
        me.ifPresent(other -> rows.devices.setStatus(other.id(), "KNOWN", other.seenUser()));
        Optional<DeviceDao.DeviceRow> seen = rows.devices.byDeviceId(self.id());
        if (seen.isPresent()) {
            rows.devices.setStatus(seen.get().id(), "SELF", null);
        } else {
            rows.devices.insert(self.id(), self.name(), self.encodedKey(), "SELF", false,
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC), null);
        }
        return rows.devices.selfForUpdate().orElseThrow();
    }

    // ---- devices ----

    DeviceDao.DeviceRow device(int local) {
        return byLocal.computeIfAbsent(local, id -> rows.devices.byId(id).orElseThrow());
    }

    Optional<Integer> local(UUID device) {
        Integer id = byDevice.get(device);
        if (id == null) {
            Optional<DeviceDao.DeviceRow> row = rows.devices.byDeviceId(device);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            id = row.get().id();
            byDevice.put(device, id);
            byLocal.put(id, row.get());
        }
        return Optional.of(id);
    }

    /** A device's row was changed (its status): read it again when next needed. */
    void forgetDevice(int local) {
        byLocal.remove(local);
    }

    UUID deviceId(int local) {
        return device(local).deviceId();
    }

    ChangeId changeId(int local, long seq) {
        return new ChangeId(deviceId(local), seq);
    }

    // ---- counters ----

    long known(int local) {
        return known.computeIfAbsent(local, id -> device(id).knownSeq());
    }

    void setKnown(int local, long seq) {
        known.put(local, seq);
        knownChanged.add(local);
    }

    /** The next change of this device: its sequence and Lamport counter. */
    ChangeId nextOwn() {
        long seq = known(selfLocal) + 1;
        setKnown(selfLocal, seq);
        return new ChangeId(self.id(), seq);
    }

    long nextLamport() {
        return ++lamport;
    }

    /** A counter seen on a received change: the next own change comes after it. */
    void seeLamport(long seen) {
        lamport = Math.max(lamport, seen);
    }

    // ---- the log ----

    void insert(ChangeLogDao.Row row) {
        rows.log(row);
    }

    /** A change of the log by its origin's local id and sequence, those of this session included. */
    java.util.Optional<ChangeLogDao.Row> find(int origin, long seq) {
        return rows.findLog(origin, seq);
    }

    /** A log row as the domain's change, with device UUIDs. */
    Change change(ChangeLogDao.Row r) {
        return new Change(changeId(r.origin(), r.seq()), r.lamport(), Instant.ofEpochMilli(r.atMs()), r.actor(),
                Entity.ofCode(r.entity()), r.naturalKey(), r.newValue(),
                r.baseOrigin() == null ? null : changeId(r.baseOrigin(), r.baseSeq()));
    }

    // ---- audit ----

    void audit(AuditEntry entry) {
        audit.add(entry);
        if (audit.size() >= AUDIT_BATCH) {
            flushAudit();
        }
    }

    private void flushAudit() {
        if (!audit.isEmpty()) {
            tx.audit().append(audit);
            audit.clear();
        }
    }

    /** Writes back what the session moved: audit rows, the version vector, the Lamport clock. */
    void close() {
        rows.flush();
        flushAudit();
        for (int local : knownChanged) {
            rows.devices.setKnownSeq(local, known.get(local));
        }
        knownChanged.clear();
        rows.log.putState(LAMPORT, lamport);
    }
}
