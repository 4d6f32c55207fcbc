package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.PriceDao;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one write path of the app layer (DESIGN §10). Every write of a service is an {@link Edit} (an entity's codec,
 * a natural key, the new value, a reason) handed to {@link #write}: in the caller's transaction it appends the
 * change to the log (this device's next sequence, the next Lamport counter, the key's current change as its base),
 * writes the rows through the entity's codec (with the key's new version) and appends the audit row that names
 * the change. Changes received from other devices go through the same codecs ({@link Receiving}). What stays on
 * this device (an import's summary, a log-in lock, the desktop's language) is audited with {@link #local}.
 *
 * <p>The journal holds no state of its own: counters and versions live in the database, locked per transaction,
 * so services may each have their own journal over the same store.
 */
public final class ChangeJournal {
    /** Rows with this officer and device are generated demonstration data: they never become changes. */
    public static final String DEMO = "demo";

    private final Store store;
    private final Clock clock;

    public ChangeJournal(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What one edit did to its key. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** One write: {@code value} becomes the value of {@code key}; {@code reason} goes to the audit row. */
    public record Edit<K, V>(Codec<K, V> codec, K key, V value, String reason) {
        public Edit {
            java.util.Objects.requireNonNull(codec, "codec");
            java.util.Objects.requireNonNull(key, "key");
            java.util.Objects.requireNonNull(value, "value");
        }

        public static <K, V> Edit<K, V> of(Codec<K, V> codec, K key, V value, String reason) {
            return new Edit<>(codec, key, value, reason);
        }
    }

    public Store store() {
        return store;
    }

    Session open(Store.Tx tx) {
        return new Session(tx, store.device().identity(), clock.instant());
    }

    /** One edit as {@code actor}'s change; an edit that changes nothing is no change. */
    public <K, V> Outcome write(Store.Tx tx, Actor actor, Codec<K, V> codec, K key, V value, String reason) {
        return write(tx, actor, List.of(Edit.of(codec, key, value, reason))).get(0);
    }

    /** Several edits as {@code actor}'s changes, in order, made at one moment. */
    public List<Outcome> write(Store.Tx tx, Actor actor, List<? extends Edit<?, ?>> edits) {
        Session s = open(tx);
        Instant now = clock.instant();
        List<Outcome> out = new ArrayList<>(edits.size());
        for (Edit<?, ?> e : edits) {
            out.add(writeOne(s, actor, e, now));
        }
        s.close();
        return out;
    }

    private static <K, V> Outcome writeOne(Session s, Actor actor, Edit<K, V> e, Instant now) {
        Codec<K, V> codec = e.codec();
        Codec.State<V> before = codec.state(s.rows, e.key());
        if (before.value().isPresent() && before.value().get().equals(e.value())) {
            return Outcome.UNCHANGED;
        }
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        ChangeId id = s.nextOwn();
        long lamport = s.nextLamport();
        String key = codec.keyText(e.key());
        String value = codec.encode(e.value());
        ChangeLogDao.Head base = before.head().orElse(null);
        // The change as it will travel: its own checks (lengths) hold before anything is written.
        new Change(id, lamport, at, actor.username(), codec.entity(), key, value,
                base == null ? null : s.changeId(base.origin(), base.seq()));
        s.insert(new ChangeLogDao.Row(s.selfLocal, id.seq(), lamport, at.toEpochMilli(), actor.username(),
                codec.entity().code(), key, value, base == null ? null : base.origin(),
                base == null ? null : base.seq()));
        Stamp stamp = new Stamp(id, s.selfLocal, lamport, at, actor.username(), actor.device());
        codec.store(s.rows, e.key(), before, e.value(), stamp);
        Codec.AuditLine line = codec.audit(s.rows, e.key(), before.value(), e.value(), stamp);
        String reason = e.reason() != null && !e.reason().isBlank() ? e.reason().strip() : codec.reason(e.value());
        s.audit(new AuditEntry(now, actor.username(), actor.device(), line.table(), line.rowKey(), line.oldText(),
                line.newText(), reason, id));
        return before.value().isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    /** An audit row of something that stays on this device and is no change (no origin). */
    public void local(Store.Tx tx, AuditEntry entry) {
        if (entry.origin() != null) {
            throw new IllegalArgumentException("a local audit row names no change");
        }
        tx.audit().append(List.of(entry));
    }

    /**
     * A price an import stores: the point, and the reason of its own audit row. A new price has an audit row only
     * when it carries a reason (an unusual price accepted); the others are told from the import ledger, whose
     * instant they carry. A changed price always has one.
     */
    public record ImportedPrice(PricePoint point, String auditReason) {
    }

    /**
     * Prices an import stores in bulk, as {@code actor}'s changes made at {@code at} (the instant of the import's
     * ledger row, to the millisecond), batch after batch through one journal session (this device's row, the
     * counters, the DAOs) instead of one per batch; {@link ImportWriter#close} writes the counters back once. The
     * caller keeps the monthly sums.
     */
    public ImportWriter importWriter(Store.Tx tx, Actor actor, Instant at) {
        return new ImportWriter(open(tx), actor, at.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The writes of one import, batch after batch, in one journal session. */
    public static final class ImportWriter {
        private final Session s;
        private final Actor actor;
        private final Instant now;

        private ImportWriter(Session s, Actor actor, Instant now) {
            this.s = s;
            this.actor = actor;
            this.now = now;
        }

        /**
         * One batch, its rows written here: {@code inserts} are keys with no price yet, {@code updates} replace a
         * stored price (their trader quotes and reason are cleared, as an import has none).
         */
        public void write(List<ImportedPrice> inserts, List<ImportedPrice> updates) {
            List<ChangeLogDao.Row> log = new ArrayList<>(inserts.size() + updates.size());
            List<PriceDao.Write> insertRows = new ArrayList<>(inserts.size());
            List<PriceDao.Write> updateRows = new ArrayList<>(updates.size());
            for (ImportedPrice i : inserts) {
                PricePoint p = i.point();
                PriceDao.Write w = bulkChange(s, actor, p, now, Optional.empty(), log);
                insertRows.add(w);
                if (i.auditReason() != null) {
                    s.audit(new AuditEntry(now, actor.username(), actor.device(), PriceCodec.TABLE,
                            PriceCodec.rowKey(p.marketId(), p.commodityId(), p.date()), null,
                            Long.toString(p.priceRp()), i.auditReason(), new ChangeId(s.self.id(), w.vSeq())));
                }
            }
            for (ImportedPrice i : updates) {
                PricePoint p = i.point();
                PriceCodec.Key key = new PriceCodec.Key(s.rows.market(p.marketId()).code(),
                        s.rows.commodity(p.commodityId()).code(), p.date());
                Codec.State<PriceCodec.Value> before = Codecs.PRICE.state(s.rows, key);
                PriceDao.Write w = bulkChange(s, actor, p, now, before.head(), log);
                updateRows.add(w);
                s.audit(new AuditEntry(now, actor.username(), actor.device(), PriceCodec.TABLE,
                        PriceCodec.rowKey(p.marketId(), p.commodityId(), p.date()),
                        before.value().map(PriceCodec::describe).orElse(null), Long.toString(p.priceRp()),
                        i.auditReason(), new ChangeId(s.self.id(), w.vSeq())));
            }
            s.rows.bulk.insertPrices(insertRows);
            s.rows.bulk.updatePrices(updateRows);
            s.rows.bulk.insertChanges(log);
        }

        /** Writes back the audit rows held and the counters; the caller's transaction commits all. */
        public void close() {
            s.close();
        }
    }

    private static PriceDao.Write bulkChange(Session s, Actor actor, PricePoint p, Instant at,
                                             Optional<ChangeLogDao.Head> base, List<ChangeLogDao.Row> log) {
        ChangeId id = s.nextOwn();
        long lamport = s.nextLamport();
        String key = s.rows.market(p.marketId()).code() + "|" + s.rows.commodity(p.commodityId()).code() + "|"
                + p.date();
        log.add(new ChangeLogDao.Row(s.selfLocal, id.seq(), lamport, at.toEpochMilli(), actor.username(),
                Codecs.PRICE.entity().code(), key, "{\"p\":" + p.priceRp() + "}",
                base.map(ChangeLogDao.Head::origin).orElse(null), base.map(ChangeLogDao.Head::seq).orElse(null)));
        return new PriceDao.Write(p.marketId(), p.commodityId(), p.date(), p.priceRp(), null, null, null,
                actor.username(), actor.device(), null, java.time.OffsetDateTime.ofInstant(at,
                java.time.ZoneOffset.UTC), s.selfLocal, id.seq(), lamport);
    }

    /**
     * Makes this folder's device the one the rows call this device, when they name another (a database restored or
     * copied from elsewhere, or kept when the device got a new id): that device's changes stay its own, as a device
     * seen here. Nothing is written when the rows already agree.
     */
    public void claimSelf() {
        java.util.UUID me = store.device().identity().id();
        boolean agree = store.read(tx -> tx.devices().self().map(d -> d.deviceId().equals(me)).orElse(false));
        if (!agree && store.read(tx -> tx.changeLog().count()) > 0) {
            store.inTransaction(tx -> {
                open(tx).close();
                return null;
            });
        }
    }

    static final String ADOPTED = "adopted";

    /**
     * Once per folder: the rows from before the change log become this device's first changes (see
     * {@link Adoption}). Waits while the folder has no account (set-up mode), since every change names its user.
     *
     * @return how many changes it wrote (0 when done before or nothing to do)
     */
    public int adoptExistingRows() {
        if (store.read(tx -> tx.changeLog().state(ADOPTED)).isPresent()) {
            return 0;
        }
        return store.inTransaction(tx -> {
            if (tx.changeLog().stateForUpdate(ADOPTED).isPresent()) {
                return 0;
            }
            Optional<String> admin = tx.users().all().stream()
                    .filter(u -> u.role() == id.sinergi.infoharga.domain.Role.ADMIN)
                    .sorted(java.util.Comparator.comparing((id.sinergi.infoharga.domain.UserAccount u) -> !u.active())
                            .thenComparing(id.sinergi.infoharga.domain.UserAccount::id))
                    .map(id.sinergi.infoharga.domain.UserAccount::username).findFirst();
            if (admin.isEmpty()) {
                return 0;
            }
            Session s = open(tx);
            int n = new Adoption(s, clock.instant(), admin.get()).run();
            s.close();
            tx.changeLog().putState(ADOPTED, n);
            return n;
        });
    }

    /** Applies changes received from another device, in the caller's transaction (see {@link Receiving}). */
    public Receiving receiving(Store.Tx tx, id.sinergi.infoharga.app.Messages messages) {
        return new Receiving(open(tx), new Receiving.Permissions(messages));
    }

    /**
     * The changes of the given origins after the given sequences, in the order another device applies them (see
     * {@link ChangeFeed}); read inside {@code tx}.
     */
    public java.util.Iterator<Change> changesAfter(Store.Tx tx, Map<java.util.UUID, Long> after) {
        return new ChangeFeed(tx, after);
    }

    /** A conflict as stored: the change that lost, the key's winning change now, and the decision if any. */
    public record Conflict(Change lost, Change winner, String decision, String decidedBy, Instant decidedAt) {
    }

    /** The changes that lost to one whose author had not seen them, with their key's winner (read in {@code tx}). */
    public List<Conflict> conflicts(Store.Tx tx) {
        Rows rows = new Rows(tx);
        Map<Integer, java.util.UUID> devices = new java.util.HashMap<>();
        tx.devices().all().forEach(d -> devices.put(d.id(), d.deviceId()));
        List<Conflict> out = new ArrayList<>();
        for (var row : tx.conflicts().lost()) {
            ChangeLogDao.Row lost = rows.log.find(row.loserOrigin(), row.loserSeq()).orElse(null);
            if (lost == null) {
                continue;
            }
            Codec<?, ?> codec = Codecs.of(id.sinergi.infoharga.domain.sync.Entity.ofCode(row.entity()));
            Optional<ChangeLogDao.Head> head = headOf(rows, codec, row.naturalKey());
            Change winner = head.flatMap(h -> rows.log.find(h.origin(), h.seq())).map(r -> change(r, devices))
                    .orElse(null);
            out.add(new Conflict(change(lost, devices), winner, row.decision(), row.decidedBy(),
                    row.decidedAt() == null ? null : row.decidedAt().toInstant()));
        }
        return out;
    }

    private static <K, V> Optional<ChangeLogDao.Head> headOf(Rows rows, Codec<K, V> codec, String key) {
        return codec.state(rows, codec.key(key)).head();
    }

    private static Change change(ChangeLogDao.Row r, Map<Integer, java.util.UUID> devices) {
        return new Change(new ChangeId(devices.get(r.origin()), r.seq()), r.lamport(), Instant.ofEpochMilli(r.atMs()),
                r.actor(), id.sinergi.infoharga.domain.sync.Entity.ofCode(r.entity()), r.naturalKey(), r.newValue(),
                r.baseOrigin() == null ? null : new ChangeId(devices.get(r.baseOrigin()), r.baseSeq()));
    }

    /**
     * An administrator's decision on a conflict, as changes that travel: confirming keeps the winner; reversing
     * writes the lost value again as a new change of its key (which then wins everywhere) and records the decision.
     */
    public void decide(Store.Tx tx, Actor actor, ChangeId lost, boolean reverse) {
        Conflict c = conflicts(tx).stream().filter(x -> x.lost().id().equals(lost)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict " + lost));
        List<Edit<?, ?>> edits = new ArrayList<>();
        if (reverse) {
            edits.add(again(Codecs.of(c.lost().entity()), c.lost()));
        }
        edits.add(Edit.of(Codecs.CONFLICT, lost, new ConflictCodec.Value(c.lost().entity(), c.lost().key(),
                reverse ? ConflictCodec.Decision.REVERSED : ConflictCodec.Decision.CONFIRMED), null));
        write(tx, actor, edits);
    }

    private static <K, V> Edit<K, V> again(Codec<K, V> codec, Change lost) {
        return Edit.of(codec, codec.key(lost.key()), codec.decode(lost.value()), "konflik dibalik: " + lost.id());
    }

    /** The sequence this folder holds of each device: its version vector. */
    public Map<java.util.UUID, Long> versionVector() {
        return store.read(tx -> {
            Map<java.util.UUID, Long> out = new java.util.TreeMap<>(id.sinergi.infoharga.domain.sync.Devices.ORDER);
            tx.devices().all().forEach(d -> {
                if (d.knownSeq() > 0) {
                    out.put(d.deviceId(), d.knownSeq());
                }
            });
            return out;
        });
    }
}
