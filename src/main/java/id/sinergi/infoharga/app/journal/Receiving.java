package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Version;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.DeviceDao;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies changes received from other devices, one at a time in the order given, inside the caller's transaction
 * (DESIGN §10). Each is checked before it is applied, on this side's own data: its origin not revoked, its
 * sequence the next one of its origin (or one already held: a no-op), the change it replaced held here, its key
 * and value well-formed, and its user allowed to make it. Then it is an upsert on its natural key: the higher
 * (Lamport, device id) wins. A change that lost to one whose author had not seen it, or a winner that replaced a
 * change its author had not seen, is listed as a conflict (a leaf of the key's history that is not its winner).
 * Any refusal is a {@link Refusal}; the caller then rolls back everything.
 */
public final class Receiving {
    /** What the audit row of a change that arrived after a newer one says as its reason. */
    public static final String LOST_REASON = "tidak berlaku: kalah dari perubahan yang lebih baru";

    private final Session s;
    private final Permissions permissions;
    private final Map<Integer, String> names = new HashMap<>();
    private int fresh;
    private int known;
    private int conflicts;

    Receiving(Session s, Permissions permissions) {
        this.s = s;
        this.permissions = permissions;
    }

    /** Why a change was refused; the whole package with it. */
    public static final class Refusal extends RuntimeException {
        private final Change change;
        private final String reasonKey;
        private final Object[] args;

        Refusal(Change change, String reasonKey, Object... args) {
            super(reasonKey);
            this.change = change;
            this.reasonKey = reasonKey;
            this.args = args;
        }

        public Change change() {
            return change;
        }

        /** A message key under {@code sync.refused.}; its arguments follow. */
        public String reasonKey() {
            return reasonKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** What was applied so far. */
    public record Counts(int fresh, int known, int conflicts) {
    }

    public Counts counts() {
        return new Counts(fresh, known, conflicts);
    }

    /** Whether {@code device} holds a sequence this folder does not: it would add something. */
    public long known(UUID device) {
        return s.local(device).map(s::known).orElse(0L);
    }

    public void apply(Change c) {
        int origin = s.local(c.id().device()).orElseThrow(() -> new Refusal(c, "unknownDevice",
                c.id().device().toString()));
        DeviceDao.DeviceRow device = s.device(origin);
        if (device.status().equals("REVOKED")) {
            throw new Refusal(c, "revoked", device.name());
        }
        long held = s.known(origin);
        if (c.id().seq() <= held) {
            known++;
            return;
        }
        if (c.id().seq() != held + 1) {
            throw new Refusal(c, "gap", device.name(), held + 1, c.id().seq() - 1);
        }
        apply(c, origin, Codecs.of(c.entity()));
    }

    private <K, V> void apply(Change c, int origin, Codec<K, V> codec) {
        K key;
        V value;
        try {
            key = codec.key(c.key());
            value = codec.decode(c.value());
        } catch (IllegalArgumentException e) {
            throw new Refusal(c, "malformed", String.valueOf(e.getMessage()));
        }
        Integer baseOrigin = null;
        if (c.base() != null) {
            baseOrigin = s.local(c.base().device()).orElse(null);
            if (baseOrigin == null || s.find(baseOrigin, c.base().seq()).isEmpty()) {
                throw new Refusal(c, "missingBase", c.base().toString());
            }
        }
        try {
            applyChecked(c, origin, codec, key, value, baseOrigin);
        } catch (Rows.UnknownCodeException e) {
            throw new Refusal(c, "unknownCode", e.kind(), e.code());
        } catch (IllegalArgumentException e) {
            // A value that reads well but does not fit this folder's rows (an assignment of an unknown account).
            throw new Refusal(c, "malformed", String.valueOf(e.getMessage()));
        }
    }

    private <K, V> void applyChecked(Change c, int origin, Codec<K, V> codec, K key, V value, Integer baseOrigin) {
        Codec.State<V> before = codec.state(s.rows, key);
        Optional<String> denied = permissions.check(s.rows, codec.rule(s.rows, key, before, value), c.user());
        if (denied.isPresent()) {
            throw new Refusal(c, "denied", denied.get());
        }
        String canonical = codec.encode(value);
        s.insert(new ChangeLogDao.Row(origin, c.id().seq(), c.lamport(), c.at().toEpochMilli(), c.user(),
                c.entity().code(), c.key(), canonical, baseOrigin, c.base() == null ? null : c.base().seq()));
        s.setKnown(origin, c.id().seq());
        s.seeLamport(c.lamport());
        fresh++;
        if (baseOrigin != null) {
            // The change it replaced was seen after all: no longer a leaf of the key's history.
            s.rows.conflicts.unflag(baseOrigin, c.base().seq());
        }
        Stamp stamp = new Stamp(c.id(), origin, c.lamport(), c.at(), c.user(), name(origin));
        Optional<ChangeLogDao.Head> head = before.head();
        Version current = head.map(h -> new Version(s.changeId(h.origin(), h.seq()), h.lamport())).orElse(null);
        Instant now = Instant.now();
        if (c.version().beats(current)) {
            codec.store(s.rows, key, before, value, stamp);
            if (current != null && !current.id().equals(c.base())) {
                flag(head.get().origin(), current.id().seq(), c);
            }
            Codec.AuditLine line = codec.audit(s.rows, key, before.value(), value, stamp);
            s.audit(new AuditEntry(now, c.user(), stamp.deviceName(), line.table(), line.rowKey(), line.oldText(),
                    line.newText(), codec.reason(value), c.id()));
            if (codec instanceof AccountCodec || codec instanceof AssignmentCodec) {
                permissions.forget();
            }
            if (codec instanceof DeviceCodec) {
                s.local((UUID) key).ifPresent(s::forgetDevice);
            }
        } else {
            // Kept in the log and the history, not in the rows: the key's winner stays.
            ChangeLogDao.Row winner = s.find(head.get().origin(), head.get().seq()).orElseThrow();
            boolean seen = winner.baseOrigin() != null && winner.baseOrigin() == origin
                    && winner.baseSeq() == c.id().seq();
            if (!seen) {
                flag(origin, c.id().seq(), c);
            }
            Codec.AuditLine line = codec.audit(s.rows, key, before.value(), value, stamp);
            s.audit(new AuditEntry(now, c.user(), stamp.deviceName(), line.table(), line.rowKey(), line.oldText(),
                    line.newText(), LOST_REASON, c.id()));
        }
    }

    private void flag(int loserOrigin, long loserSeq, Change c) {
        s.rows.conflicts.flag(loserOrigin, loserSeq, c.entity().code(), c.key());
        conflicts++;
    }

    private String name(int origin) {
        return names.computeIfAbsent(origin, id -> s.device(id).name());
    }

    /** Writes back the version vector and the clock. */
    public void finish() {
        s.close();
    }

    /**
     * Whether a change's user may make it on this side: the account as it stands here when the change is
     * applied (changes earlier in the same package count: an account created at the office before its officer's
     * prices).
     */
    static final class Permissions {
        private final id.sinergi.infoharga.app.Messages messages;
        private final Map<String, Optional<UserAccount>> accounts = new HashMap<>();
        private Long count;

        Permissions(id.sinergi.infoharga.app.Messages messages) {
            this.messages = messages;
        }

        void forget() {
            accounts.clear();
            count = null;
        }

        Optional<String> check(Rows rows, Rule rule, String user) {
            Optional<UserAccount> account = accounts.computeIfAbsent(user, u -> rows.users.find(u));
            if (rule instanceof Rule.FirstAdmin first && account.isEmpty() && first.username().equals(user)) {
                if (count == null) {
                    count = rows.users.count();
                }
                if (count == 0) {
                    return Optional.empty();
                }
            }
            if (account.isEmpty()) {
                return Optional.of(messages.get("trust.denied.unknown", user));
            }
            UserAccount a = account.get();
            if (!a.active()) {
                return Optional.of(messages.get("trust.denied.disabled", user));
            }
            if (a.role() == Role.ADMIN) {
                return Optional.empty();
            }
            String role = messages.get("trust.role." + a.role().name());
            return switch (rule) {
                case Rule.Analyst x -> a.role() == Role.ANALYST ? Optional.empty()
                        : Optional.of(messages.get("trust.denied.role", user, role));
                case Rule.Market m -> {
                    if (a.role() != Role.OFFICER) {
                        yield Optional.of(messages.get("trust.denied.role", user, role));
                    }
                    int id = rows.market(m.code()).id();
                    yield a.marketIds().contains(id) ? Optional.empty() : Optional.of(messages.get(
                            "trust.denied.market", user, "[" + rows.market(m.code()).name() + "]"));
                }
                case Rule.Outlet o -> {
                    if (a.role() != Role.OFFICER) {
                        yield Optional.of(messages.get("trust.denied.role", user, role));
                    }
                    int id = rows.outlet(o.code()).id();
                    yield a.outletIds().contains(id) ? Optional.empty() : Optional.of(messages.get(
                            "trust.denied.outlet", user, "[" + rows.outlet(o.code()).name() + "]"));
                }
                case Rule.OwnAccount own -> own.username().equals(user) ? Optional.empty()
                        : Optional.of(messages.get("trust.denied.role", user, role));
                case Rule.Admin x -> Optional.of(messages.get("trust.denied.role", user, role));
                case Rule.FirstAdmin x -> Optional.of(messages.get("trust.denied.role", user, role));
            };
        }
    }
}
