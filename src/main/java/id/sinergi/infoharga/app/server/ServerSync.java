package id.sinergi.infoharga.app.server;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Receiving;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.store.DeviceDao;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.store.server.ServerDevice;
import id.sinergi.infoharga.store.server.ServerSession;
import id.sinergi.infoharga.store.server.ServerUrl;
import id.sinergi.infoharga.store.server.Served;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One sync over an open server session (see {@link ServerService#sync}): this device registered (or its sync
 * noted), then push, then pull, then one audit row.
 */
final class ServerSync {
    /** The state key of the last server sequence pulled, per server (a sequence means nothing elsewhere). */
    static final String PULLED = "srv.";
    static final String AUDIT_TABLE = "sync_server";

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final ChangeJournal journal;
    private final int pushBatch;
    private final int pullBatch;
    private final ServerService.BatchListener listener;

    ServerSync(Store store, Clock clock, Messages messages, ChangeJournal journal, int pushBatch, int pullBatch,
               ServerService.BatchListener listener) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.journal = journal;
        this.pushBatch = pushBatch;
        this.pullBatch = pullBatch;
        this.listener = listener;
    }

    SyncResult run(ServerSession s, ServerSession.Who who, Actor actor, ServerUrl u, WorkProgress progress) {
        journal.adoptExistingRows();
        DeviceIdentity self = store.device().identity();
        String status = s.registerDevice(who.regency(), self.id(), self.name(), self.encodedKey(),
                self.fingerprint(), true);
        int[] pushed = push(s, who, actor, progress);
        Receiving.Counts pulled = pull(s, who, progress);
        long waiting = 0;
        if (status.equals("pending")) {
            waiting = s.devices(who.regency()).stream().filter(d -> d.id().equals(self.id()))
                    .mapToLong(ServerDevice::waiting).findFirst().orElse(0);
        }
        SyncResult r = new SyncResult(pushed[0], pulled.fresh(), pulled.known(), pulled.conflicts(),
                status.equals("pending"), waiting, pushed[1]);
        audit(actor, u, r);
        // What was pulled and the sync's audit row are on disk before the result is shown (H2 writes commits
        // in the background since issue 16).
        store.syncToDisk();
        return r;
    }

    /** Pushes what the server does not hold: this device's changes, and for an administrator everyone's. */
    private int[] push(ServerSession s, ServerSession.Who who, Actor actor, WorkProgress progress) {
        boolean admin = who.kind().equals("admin");
        UUID self = store.device().identity().id();
        List<DeviceDao.DeviceRow> rows = store.read(tx -> tx.devices().all());
        Map<UUID, Long> after = new TreeMap<>();
        long total = 0;
        for (DeviceDao.DeviceRow d : rows) {
            boolean mine = d.status().equals("SELF");
            if (d.knownSeq() == 0 || !(mine || (admin && !d.status().equals("REVOKED")))) {
                continue;
            }
            if (!mine) {
                // The office vouches for the devices whose changes it relays (it accepted them or their office did).
                s.registerDevice(who.regency(), d.deviceId(), d.name(), d.publicKey(), d.publicKey() == null ? null
                        : DeviceIdentity.fingerprintOf(d.publicKey()), false);
            }
            long held = s.held(who.regency(), d.deviceId());
            if (held < d.knownSeq()) {
                after.put(d.deviceId(), held);
                total += d.knownSeq() - held;
            }
        }
        if (after.isEmpty()) {
            return new int[] {0, 0};
        }
        long all = total;
        return store.read(tx -> {
            Iterator<Change> feed = journal.changesAfter(tx, after);
            List<Change> batch = new ArrayList<>(pushBatch);
            int fresh = 0;
            long sent = 0;
            long heldBack = 0;
            int batches = 0;
            boolean stopped = false;
            while (feed.hasNext()) {
                Change c = feed.next();
                if (stopped || (!admin && !c.user().equals(actor.username()))) {
                    // Only its own account (or an administrator) may push it: it and what follows wait.
                    stopped = stopped || c.id().device().equals(self);
                    heldBack++;
                    continue;
                }
                batch.add(c);
                if (batch.size() == pushBatch) {
                    fresh += s.push(who.regency(), batch);
                    sent += batch.size();
                    batch.clear();
                    afterBatch(s, true, ++batches, progress, "server.progress.pushing", sent, all);
                }
            }
            if (!batch.isEmpty()) {
                fresh += s.push(who.regency(), batch);
                sent += batch.size();
                afterBatch(s, true, ++batches, progress, "server.progress.pushing", sent, all);
            }
            return new int[] {fresh, (int) heldBack};
        });
    }

    private void afterBatch(ServerSession s, boolean push, int batch, WorkProgress progress, String key, long done,
                            long total) {
        if (listener != ServerService.BatchListener.NONE) {
            listener.afterBatch(push, batch, s.backendPid());
        }
        double share = total <= 0 ? 1 : Math.min(1.0, (double) done / total);
        progress.update(push ? 0.5 * share : 0.5 + 0.5 * share, messages.get(key, done, total));
        progress.stopIfCancelled();
    }

    /** Pulls batch by batch; each batch and its position in one local transaction. */
    private Receiving.Counts pull(ServerSession s, ServerSession.Who who, WorkProgress progress) {
        // sync_state keys are at most 32 characters: "srv." and 28 hex digits of the server's id.
        String positionKey = PULLED + who.serverId().toString().replace("-", "").substring(0, 28);
        UUID self = store.device().identity().id();
        long position = store.read(tx -> tx.changeLog().state(positionKey)).orElse(0L);
        long total = s.servedAfter(who.regency(), position, self);
        Map<UUID, ServerDevice> devices = new HashMap<>();
        int fresh = 0;
        int known = 0;
        int conflicts = 0;
        long done = 0;
        int batches = 0;
        while (true) {
            List<Served> batch = s.pull(who.regency(), position, self, pullBatch);
            if (batch.isEmpty()) {
                break;
            }
            if (batch.stream().anyMatch(b -> !devices.containsKey(b.change().id().device()))) {
                s.devices(who.regency()).forEach(d -> devices.put(d.id(), d));
            }
            long last = batch.get(batch.size() - 1).serverSeq();
            Receiving.Counts counts = store.inTransaction(tx -> apply(tx, s, who.regency(), batch, devices,
                    positionKey, last));
            fresh += counts.fresh();
            known += counts.known();
            conflicts += counts.conflicts();
            position = last;
            done += batch.size();
            afterBatch(s, false, ++batches, progress, "server.progress.pulling", done, total);
        }
        return new Receiving.Counts(fresh, known, conflicts);
    }

    private Receiving.Counts apply(Store.Tx tx, ServerSession s, String regency, List<Served> batch,
                                   Map<UUID, ServerDevice> devices, String positionKey, long last) {
        // Each origin looked up once per transaction, not once per change: a lookup per change was most of a
        // pull's time (issue 14: 289 changes/s against thousands from a package over the same apply path).
        Set<UUID> checked = new HashSet<>();
        for (Served b : batch) {
            known(tx, b.change().id().device(), devices, checked);
        }
        Receiving receiving = journal.receiving(tx, messages);
        for (Served b : batch) {
            try {
                before(tx, s, regency, receiving, b.change(), devices, checked, 0);
                receiving.apply(b.change());
            } catch (Receiving.Refusal f) {
                Object[] args = f.args();
                if (f.reasonKey().equals("unknownCode")) {
                    args[0] = messages.get("sync.code." + args[0]);
                }
                Change c = b.change();
                throw new UserInputException(messages.get("server.refused", b.serverSeq(), c.entity().wireName(),
                        c.key(), c.user(), messages.get("sync.refused." + f.reasonKey(), args)));
            }
        }
        receiving.finish();
        tx.changeLog().putState(positionKey, last);
        return receiving.counts();
    }

    /** A device whose changes arrive here for the first time: known, with the key the server holds. */
    private void known(Store.Tx tx, UUID origin, Map<UUID, ServerDevice> devices, Set<UUID> checked) {
        if (checked.add(origin) && tx.devices().byDeviceId(origin).isEmpty()) {
            ServerDevice d = devices.get(origin);
            tx.devices().insert(origin, d == null ? origin.toString() : d.name(), d == null ? null : d.publicKey(),
                    "KNOWN", false, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), null);
        }
    }

    /**
     * The change a pulled change replaced may have been served after it (its author had it from a package before
     * the office pushed it): that change, and its origin's changes before it, are fetched and applied first (the
     * pull reaches them later as already held). One not served yet leaves the batch refused until it is.
     */
    private void before(Store.Tx tx, ServerSession s, String regency, Receiving receiving, Change c,
                        Map<UUID, ServerDevice> devices, Set<UUID> checked, int depth) {
        if (c.base() == null || depth > 50) {
            return;
        }
        known(tx, c.base().device(), devices, checked);
        long held = receiving.known(c.base().device());
        if (c.base().seq() <= held) {
            return;
        }
        for (Served earlier : s.range(regency, c.base().device(), held, c.base().seq())) {
            before(tx, s, regency, receiving, earlier.change(), devices, checked, depth + 1);
            receiving.apply(earlier.change());
        }
    }

    private void audit(Actor actor, ServerUrl u, SyncResult r) {
        if (r.pushed() == 0 && r.pulledNew() == 0) {
            return;
        }
        store.inTransaction(tx -> {
            journal.local(tx, new AuditEntry(clock.instant(), actor.username(), store.device().identity().name(),
                    AUDIT_TABLE, u.remembered(), null, messages.get("server.audit", r.pushed(), r.pulledNew(),
                    r.known(), r.conflicts()), null));
            return null;
        });
    }
}
