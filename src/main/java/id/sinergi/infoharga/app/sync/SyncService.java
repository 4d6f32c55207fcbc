package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.AccessDeniedException;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.OutputTarget;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkCancelledException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.journal.DeviceCodec;
import id.sinergi.infoharga.app.journal.Receiving;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Devices;
import id.sinergi.infoharga.exchange.PackageCancelledException;
import id.sinergi.infoharga.exchange.PackageException;
import id.sinergi.infoharga.exchange.PackageManifest;
import id.sinergi.infoharga.exchange.PackageProgress;
import id.sinergi.infoharga.exchange.PackageReader;
import id.sinergi.infoharga.exchange.PackageWriter;
import id.sinergi.infoharga.exchange.SyncPackage;
import id.sinergi.infoharga.store.DeviceDao;
import id.sinergi.infoharga.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Exchange packages between devices (DESIGN §10, issue 13): writing one with everything a peer has not confirmed,
 * reading one (signature of an accepted device, hashes, format, then every change's permission, all applied in one
 * transaction or none), the devices and their acceptance, starting an empty folder from an office package, and the
 * conflicts with their decisions. The same for the desktop and the command line.
 */
public final class SyncService {
    /** The audit trail's table name of a package read here (a local row: packages are this device's business). */
    public static final String PACKAGE_TABLE = "sync_package";

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final ChangeJournal journal;
    private final OutputTarget outputs;

    public SyncService(Store store, Clock clock, Messages messages, Authorizer authorizer, OutputTarget outputs) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = authorizer;
        this.outputs = outputs;
        this.journal = new ChangeJournal(store, clock);
    }

    /** This folder's device. */
    public DeviceIdentity self() {
        return store.device().identity();
    }

    /**
     * Names this device ("Laptop Pasar Kemlagi"), so that the office tells its laptops apart; the next package
     * carries the name. Any account of this folder may do it.
     */
    public DeviceIdentity rename(Actor actor, String name) {
        store.read(tx -> authorizer.requireAccount(tx, actor));
        String clean;
        try {
            clean = DeviceIdentity.cleanName(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(messages.get("sync.rename.empty"));
        }
        DeviceIdentity renamed = store.renameDevice(clean).identity();
        store.inTransaction(tx -> {
            tx.devices().self().ifPresent(me -> tx.devices().rename(me.id(), renamed.name()));
            return null;
        });
        store.syncToDisk();
        return renamed;
    }

    // ---- devices ----

    /**
     * Every device this folder knows, this one first. {@code unsent} counts what the next package to that device
     * would carry: this device's changes it has not confirmed, and for an administrator everyone's.
     */
    public List<DeviceInfo> devices(Actor actor) {
        return store.read(tx -> {
            UserAccount account = authorizer.requireAccount(tx, actor);
            List<DeviceDao.DeviceRow> rows = tx.devices().all();
            Set<Integer> origins = origins(rows, account.role() == Role.ADMIN);
            List<DeviceInfo> out = new ArrayList<>();
            boolean selfListed = false;
            for (DeviceDao.DeviceRow d : rows) {
                long unsent = 0;
                if (!d.status().equals("SELF")) {
                    Map<Integer, Long> confirmed = confirmed(tx, d.id());
                    for (DeviceDao.DeviceRow o : rows) {
                        if (origins.contains(o.id())) {
                            unsent += Math.max(0, o.knownSeq() - confirmed.getOrDefault(o.id(), 0L));
                        }
                    }
                } else {
                    selfListed = true;
                }
                out.add(info(d, unsent));
            }
            if (!selfListed) {
                DeviceIdentity me = self();
                out.add(new DeviceInfo(me.id(), me.name(), me.fingerprint(), DeviceInfo.Status.SELF, false, null,
                        null, null, null, null, null, 0, 0));
            }
            out.sort(java.util.Comparator.comparing((DeviceInfo d) -> d.status() != DeviceInfo.Status.SELF)
                    .thenComparing(d -> d.status() != DeviceInfo.Status.PENDING)
                    .thenComparing(DeviceInfo::name, String.CASE_INSENSITIVE_ORDER));
            return out;
        });
    }

    private static DeviceInfo info(DeviceDao.DeviceRow d, long unsent) {
        return new DeviceInfo(d.deviceId(), d.name(), d.publicKey() == null ? "" : DeviceIdentity.fingerprintOf(
                d.publicKey()), DeviceInfo.Status.valueOf(d.status()), d.relay(), d.seenUser(), instant(d.firstSeenAt()),
                instant(d.lastPackageAt()), d.lastPackageUser(), d.lastPackageSize(), d.lastPackageNew(), d.knownSeq(),
                unsent);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** The origins whose changes this device passes on: its own, and for an administrator everyone's. */
    private static Set<Integer> origins(List<DeviceDao.DeviceRow> rows, boolean relaying) {
        Set<Integer> out = new HashSet<>();
        for (DeviceDao.DeviceRow d : rows) {
            if (d.status().equals("SELF") || (relaying && d.knownSeq() > 0)) {
                out.add(d.id());
            }
        }
        return out;
    }

    private static Map<Integer, Long> confirmed(Store.Tx tx, int peer) {
        Map<Integer, Long> out = new HashMap<>();
        tx.devices().confirmed(peer).forEach(c -> out.put(c.origin(), c.confirmedSeq()));
        return out;
    }

    /**
     * An administrator accepts a device (after comparing its fingerprint): its packages are read from now on.
     * {@code relay} null: an office device (its packages may forward other devices' changes) when the user of its
     * last package is an administrator here. The decision is a change that travels.
     */
    public DeviceInfo accept(Actor admin, String device, Boolean relay) {
        return decide(admin, device, DeviceCodec.Status.ACCEPTED, relay);
    }

    /** An administrator revokes a device: its packages are refused from now on, here and where this travels. */
    public DeviceInfo revoke(Actor admin, String device) {
        return decide(admin, device, DeviceCodec.Status.REVOKED, false);
    }

    private DeviceInfo decide(Actor admin, String ref, DeviceCodec.Status status, Boolean relay) {
        DeviceInfo result = store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            DeviceDao.DeviceRow d = find(tx, ref);
            if (d.status().equals("SELF")) {
                throw new UserInputException(messages.get("sync.device.self", d.name()));
            }
            if (d.publicKey() == null) {
                throw new UserInputException(messages.get("sync.device.noKey", d.name()));
            }
            boolean office = relay != null ? relay : status == DeviceCodec.Status.ACCEPTED && d.seenUser() != null
                    && tx.users().find(d.seenUser()).map(u -> u.role() == Role.ADMIN).orElse(false);
            journal.write(tx, admin, Codecs.DEVICE, d.deviceId(), new DeviceCodec.Value(d.name(), d.publicKey(),
                    status, office), null);
            return info(tx.devices().byId(d.id()).orElseThrow(), 0);
        });
        store.syncToDisk();
        return result;
    }

    /** A device by its full id, the start of its id (at least 4 characters) or its name; refused when unclear. */
    private DeviceDao.DeviceRow find(Store.Tx tx, String ref) {
        String text = ref == null ? "" : ref.strip();
        List<DeviceDao.DeviceRow> all = tx.devices().all();
        List<DeviceDao.DeviceRow> byName = all.stream().filter(d -> d.name().equalsIgnoreCase(text)).toList();
        List<DeviceDao.DeviceRow> matches = text.length() < 4 ? byName : all.stream()
                .filter(d -> d.deviceId().toString().startsWith(text.toLowerCase(Locale.ROOT))).toList();
        if (matches.isEmpty()) {
            matches = byName;
        }
        if (matches.isEmpty()) {
            throw new UserInputException(messages.get("sync.device.unknown", text));
        }
        if (matches.size() > 1) {
            throw new UserInputException(messages.get("sync.device.ambiguous", text));
        }
        return matches.get(0);
    }

    // ---- writing a package ----

    /**
     * The file name a package gets in a chosen folder: the officer's market when they have exactly one, else this
     * device's name, and the day ("kemlagi-2026-12-03.sinergi").
     */
    public String suggestedName(Actor actor) {
        String base = store.read(tx -> {
            Optional<UserAccount> a = tx.users().find(actor.username());
            if (a.isPresent() && a.get().role() == Role.OFFICER && a.get().marketIds().size() == 1) {
                Market m = tx.markets().byId(a.get().marketIds().iterator().next()).orElseThrow();
                return m.name().replaceFirst("(?i)^pasar\\s+", "");
            }
            return self().name();
        });
        return slug(base) + "-" + LocalDate.now(clock) + SyncPackage.EXTENSION;
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "perangkat" : s.length() > 40 ? s.substring(0, 40) : s;
    }

    /**
     * Writes a package of what a peer has not confirmed holding: by default what the office devices (accepted
     * devices that may forward) have not confirmed, with {@code to} what that device has not, with {@code all}
     * everything this folder holds. An officer's or analyst's package carries only this device's own changes; an
     * administrator's carries everyone's (the office forwards). {@code target} is a file or a folder (the file then
     * gets {@link #suggestedName}); written through the output guard: never inside the data folder, an existing
     * file replaced only when {@code replace}, whole or not at all.
     */
    public ExportResult export(Actor actor, Path target, String to, boolean all, boolean replace,
                               WorkProgress progress) {
        UserAccount account = store.read(tx -> authorizer.requireAccount(tx, actor));
        journal.adoptExistingRows();
        Path file = Files.isDirectory(target) ? target.resolve(suggestedName(actor))
                : target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SyncPackage.EXTENSION) ? target
                : target.resolveSibling(target.getFileName() + SyncPackage.EXTENSION);
        if (file.toAbsolutePath().getParent() == null || !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new UserInputException(messages.get("sync.export.noFolder", file.toAbsolutePath().getParent()));
        }
        // Refused before any work: inside the data folder, or an existing file without the person's agreement.
        outputs.check(file, replace);
        Instant now = clock.instant();
        try {
            // One snapshot: the manifest's version vector and audit head must describe the changes it carries,
            // also when a save commits while the package is written.
            return store.readSnapshot(tx -> {
                List<DeviceDao.DeviceRow> rows = tx.devices().all();
                DeviceDao.DeviceRow peer = to == null ? null : find(tx, to);
                if (peer != null && peer.status().equals("SELF")) {
                    throw new UserInputException(messages.get("sync.device.self", peer.name()));
                }
                List<DeviceDao.DeviceRow> offices = rows.stream()
                        .filter(d -> d.status().equals("ACCEPTED") && d.relay()).toList();
                List<DeviceDao.DeviceRow> peers = all ? List.of() : peer != null ? List.of(peer) : offices;
                Set<Integer> origins = origins(rows, account.role() == Role.ADMIN);
                Map<UUID, Long> after = new TreeMap<>(Devices.ORDER);
                Map<UUID, Long> held = new TreeMap<>(Devices.ORDER);
                List<PackageManifest.Device> carried = new ArrayList<>();
                long expected = 0;
                List<Map<Integer, Long>> confirmations = peers.stream().map(p -> confirmed(tx, p.id())).toList();
                for (DeviceDao.DeviceRow d : rows) {
                    if (d.knownSeq() > 0) {
                        held.put(d.deviceId(), d.knownSeq());
                    }
                    if (!origins.contains(d.id())) {
                        continue;
                    }
                    long from = confirmations.stream().mapToLong(c -> c.getOrDefault(d.id(), 0L)).min().orElse(0L);
                    after.put(d.deviceId(), from);
                    if (d.knownSeq() > from) {
                        expected += d.knownSeq() - from;
                        carried.add(new PackageManifest.Device(d.deviceId(), d.name(), d.publicKey()));
                    }
                }
                DeviceIdentity me = self();
                UUID toId = peer != null ? peer.deviceId() : !all && offices.size() == 1
                        ? offices.get(0).deviceId() : null;
                Optional<id.sinergi.infoharga.store.AuditDao.Head> head = tx.audit().head();
                Iterator<Change> feed = journal.changesAfter(tx, after);
                long total = expected;
                PackageWriter.Written[] written = {null};
                Path placed = outputs.writeFile(file, replace, temp -> written[0] = PackageWriter.write(temp,
                        store.device(), feed, total, part -> new PackageManifest(PackageManifest.FORMAT,
                                new PackageManifest.Device(me.id(), me.name(), me.encodedKey()), actor.username(),
                                now, toId, held, head.map(h -> new PackageManifest.Anchor(h.id(), h.rowHash()))
                                .orElse(null), carried, List.of(part)),
                        adapter(progress, 0, 1, "sync.progress.writing", total)));
                PackageWriter.Written w = written[0];
                // The package carries this chain's head out of the folder: kept here too, as an anchor of the chain
                // (verify) and as the mark of what was sent (a restore of older data then renews the device id).
                head.ifPresent(h -> SentPackageAnchor.record(store.folder(), store.device(), h.id(), h.rowHash(),
                        now));
                return new ExportResult(placed, w.changes(), w.bytes(), toId,
                        toId == null ? null : rows.stream().filter(d -> d.deviceId().equals(toId)).findFirst()
                                .map(DeviceDao.DeviceRow::name).orElse(null));
            });
        } catch (PackageCancelledException e) {
            throw new WorkCancelledException();
        } catch (PackageException e) {
            throw new UserInputException(messages.get(e.messageKey(), e.args()));
        }
    }

    private PackageProgress adapter(WorkProgress progress, double from, double to, String key, long total) {
        return (done, all) -> {
            long of = all > 0 ? all : total;
            progress.update(of <= 0 ? to : from + (to - from) * Math.min(1.0, (double) done / of),
                    messages.get(key, done, of));
            return !progress.cancelled();
        };
    }

    // ---- reading packages ----

    /** The packages named: files as given, folders as the .sinergi files in them (by name). */
    public List<Path> packagesIn(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(SyncPackage.EXTENSION)).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UserInputException(messages.get("sync.package.unreadable", p, e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new UserInputException(messages.get("import.file.notFound", p));
            }
        }
        return out;
    }

    /**
     * Reads one package as {@code actor} (any account may bring a package in; what it holds counts only as far as
     * its changes' users may make them here).
     *
     * @throws DeviceNotAcceptedException when its device is not accepted here (it is then listed as waiting)
     * @throws PackageRefusedException when anything is wrong with it; nothing was applied
     */
    public ReceiveResult receive(Actor actor, Path file, WorkProgress progress) {
        store.read(tx -> authorizer.requireAccount(tx, actor));
        journal.adoptExistingRows();
        ReceiveResult r = receive(file, progress, actor.username(), null);
        store.syncToDisk();
        return r;
    }

    /** Whether this folder may start from an office package: set-up mode, no prices, no changes. */
    public boolean canStartFromPackage() {
        return store.read(tx -> tx.users().count() == 0 && tx.prices().firstDay().isEmpty()
                && tx.changeLog().count() == 0);
    }

    /** The sender of a package as its manifest names it (for the question before starting from it). */
    public SenderInfo inspect(Path file) {
        try (PackageReader reader = PackageReader.open(file)) {
            PackageManifest m = reader.verify(reader.claimedSender().publicKey(), PackageProgress.NONE);
            return sender(m);
        } catch (PackageException e) {
            throw new PackageRefusedException(messages.get(e.messageKey(), e.args()), null);
        }
    }

    /**
     * Starts an empty folder from an office package (a new officer's laptop): after the person has compared the
     * office device's fingerprint with the one the office reads out, that device is accepted here as an office
     * device and its package applied: accounts (so the officer can log in), master data and prices.
     */
    public ReceiveResult startFrom(Path file, String fingerprint, WorkProgress progress) {
        if (!canStartFromPackage()) {
            throw new AccessDeniedException(messages.get("sync.start.notEmpty"));
        }
        ReceiveResult r = receive(file, progress, null, fingerprint == null ? "" : fingerprint);
        store.syncToDisk();
        return r;
    }

    private ReceiveResult receive(Path file, WorkProgress progress, String receiver, String trustFingerprint) {
        SenderInfo[] sender = {null};
        try (PackageReader reader = PackageReader.open(file)) {
            PackageManifest.Device claimed = reader.claimedSender();
            Optional<DeviceDao.DeviceRow> known = store.read(tx -> tx.devices().byDeviceId(claimed.id()));
            String status = known.map(DeviceDao.DeviceRow::status).orElse("NEW");
            if (status.equals("SELF")) {
                throw new PackageRefusedException(messages.get("sync.refused.ownPackage", file.getFileName()), null);
            }
            boolean accepted = status.equals("ACCEPTED");
            if (known.isPresent() && known.get().publicKey() != null
                    && !Arrays.equals(known.get().publicKey(), claimed.publicKey())) {
                throw new PackageRefusedException(messages.get("sync.refused.keyChanged", claimed.name(),
                        claimed.id()), null);
            }
            PackageManifest m = reader.verify(accepted ? known.get().publicKey() : claimed.publicKey(),
                    adapter(progress, 0, 0.3, "sync.progress.checking", 0));
            sender[0] = sender(m);
            if (status.equals("REVOKED")) {
                throw new PackageRefusedException(messages.get("sync.refused.senderRevoked", m.sender().name(),
                        m.sender().id()), sender[0]);
            }
            if (trustFingerprint != null) {
                if (!compact(trustFingerprint).equals(compact(m.sender().fingerprint()))) {
                    throw new PackageRefusedException(messages.get("sync.start.fingerprint", m.sender().name(),
                            m.sender().fingerprint()), sender[0]);
                }
            } else if (!accepted) {
                waitForAcceptance(m);
                throw new DeviceNotAcceptedException(messages.get("sync.device.notAccepted", m.sender().name(),
                        m.sender().id(), m.sender().fingerprint(), m.user()), sender[0]);
            }
            ReceiveResult result = store.inTransaction(tx -> apply(tx, reader, m, file, receiver,
                    trustFingerprint != null, progress));
            return result;
        } catch (PackageCancelledException e) {
            throw new WorkCancelledException();
        } catch (PackageException e) {
            throw new PackageRefusedException(messages.get(e.messageKey(), e.args()), sender[0]);
        }
    }

    private static String compact(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
    }

    /** A device seen for the first time (or again) while not accepted: listed as waiting, with its key. */
    private void waitForAcceptance(PackageManifest m) {
        store.inTransaction(tx -> {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            Optional<DeviceDao.DeviceRow> row = tx.devices().byDeviceId(m.sender().id());
            int id = row.map(DeviceDao.DeviceRow::id).orElseGet(() -> tx.devices().insert(m.sender().id(),
                    m.sender().name(), m.sender().publicKey(), "PENDING", false, now, m.user()));
            if (row.isPresent()) {
                tx.devices().rename(id, m.sender().name());
                tx.devices().setKey(id, m.sender().publicKey());
                tx.devices().setStatus(id, "PENDING", m.user());
            }
            tx.devices().packageSeen(id, now, m.user(), (int) m.part(SyncPackage.CHANGES).changes(), 0,
                    m.auditHead() == null ? null : m.auditHead().id(),
                    m.auditHead() == null ? null : m.auditHead().hash());
            return null;
        });
    }

    private ReceiveResult apply(Store.Tx tx, PackageReader reader, PackageManifest m, Path file, String receiver,
                                boolean startingFrom, WorkProgress progress) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (startingFrom) {
            // The person compared the fingerprint: this office device is trusted here, as a device that forwards.
            Optional<DeviceDao.DeviceRow> row = tx.devices().byDeviceId(m.sender().id());
            int id = row.map(DeviceDao.DeviceRow::id).orElseGet(() -> tx.devices().insert(m.sender().id(),
                    m.sender().name(), m.sender().publicKey(), "ACCEPTED", true, now, m.user()));
            tx.devices().decide(id, "ACCEPTED", true, messages.get("sync.start.decidedBy"), now);
        }
        DeviceDao.DeviceRow sender = tx.devices().byDeviceId(m.sender().id()).orElseThrow();
        Map<UUID, PackageManifest.Device> listed = new HashMap<>();
        m.origins().forEach(d -> listed.put(d.id(), d));
        listed.put(sender.deviceId(), m.sender());
        for (PackageManifest.Device d : m.origins()) {
            if (tx.devices().byDeviceId(d.id()).isEmpty()) {
                tx.devices().insert(d.id(), d.name(), d.publicKey(), "KNOWN", false, now, null);
            }
        }
        Receiving receiving = journal.receiving(tx, messages);
        long total = m.part(SyncPackage.CHANGES).changes();
        reader.forEachChange((line, c) -> {
            UUID origin = c.id().device();
            if (!origin.equals(sender.deviceId())) {
                if (!sender.relay()) {
                    throw refused(line, c, messages.get("sync.refused.relay", sender.name()));
                }
                if (!listed.containsKey(origin)) {
                    throw refused(line, c, messages.get("sync.refused.unlisted", origin));
                }
            }
            try {
                receiving.apply(c);
            } catch (Receiving.Refusal f) {
                Object[] args = f.args();
                if (f.reasonKey().equals("unknownCode")) {
                    args[0] = messages.get("sync.code." + args[0]);
                }
                throw refused(line, c, messages.get("sync.refused." + f.reasonKey(), args));
            }
        }, adapter(progress, 0.3, 1, "sync.progress.applying", total));
        receiving.finish();
        Receiving.Counts counts = receiving.counts();
        // What the sender holds, it need not be sent again.
        for (Map.Entry<UUID, Long> e : m.versionVector().entrySet()) {
            tx.devices().byDeviceId(e.getKey()).ifPresent(o -> tx.devices().confirm(sender.id(), o.id(),
                    e.getValue()));
        }
        tx.devices().packageSeen(sender.id(), now, m.user(), (int) total, counts.fresh(),
                m.auditHead() == null ? null : m.auditHead().id(), m.auditHead() == null ? null : m.auditHead().hash());
        journal.local(tx, new AuditEntry(now.toInstant(), receiver == null ? m.user() : receiver, self().name(),
                PACKAGE_TABLE, file.getFileName().toString(), null, messages.get("sync.audit.package",
                m.sender().name(), m.user(), total, counts.fresh(), counts.known(), counts.conflicts()), null));
        return new ReceiveResult(file, sender(m), total, counts.fresh(), counts.known(), counts.conflicts());
    }

    private PackageRefusedException refused(int line, Change c, String why) {
        return new PackageRefusedException(messages.get("sync.refused.line", line, c.entity().wireName(), c.key(),
                c.user(), why), null);
    }

    private static SenderInfo sender(PackageManifest m) {
        return new SenderInfo(m.sender().id(), m.sender().name(), m.sender().fingerprint(), m.user(), m.createdAt(),
                m.part(SyncPackage.CHANGES).changes());
    }

    // ---- conflicts ----

    /** The conflicts, open ones first; the same list on every device that holds the same changes. */
    public List<ConflictInfo> conflicts(Actor actor) {
        return store.read(tx -> {
            authorizer.requireAccount(tx, actor);
            Catalog catalog = new id.sinergi.infoharga.app.ReferenceDataService(store).catalog();
            Map<UUID, String> names = new HashMap<>();
            tx.devices().all().forEach(d -> names.put(d.deviceId(), d.name()));
            ChangeText text = new ChangeText(catalog, messages);
            List<ConflictInfo> out = new ArrayList<>();
            for (ChangeJournal.Conflict c : journal.conflicts(tx)) {
                if (c.winner() == null || (c.decision() == null && c.winner().value().equals(c.lost().value()))) {
                    // Two people wrote the same value: nothing to decide.
                    continue;
                }
                out.add(new ConflictInfo(c.lost().id(), c.lost().entity(), c.lost().key(), text.what(c.lost()),
                        side(c.winner(), text, names), side(c.lost(), text, names),
                        c.decision() == null ? null : ConflictInfo.Decision.valueOf(c.decision()), c.decidedBy(),
                        c.decidedAt()));
            }
            out.sort(java.util.Comparator.comparing((ConflictInfo c) -> c.decision() != null)
                    .thenComparing(c -> c.entity().code()).thenComparing(ConflictInfo::key)
                    .thenComparing(c -> c.lost().toString()));
            return out;
        });
    }

    private static ConflictInfo.Side side(Change c, ChangeText text, Map<UUID, String> names) {
        return new ConflictInfo.Side(c.id(), text.value(c), c.user(), names.getOrDefault(c.id().device(),
                c.id().device().toString()), c.at());
    }

    /** An administrator confirms that the winner of a conflict stays; the decision travels. */
    public void confirm(Actor admin, ChangeId lost) {
        decideConflict(admin, lost, false);
    }

    /** An administrator reverses a conflict: the lost value becomes the key's value again, everywhere. */
    public void reverse(Actor admin, ChangeId lost) {
        decideConflict(admin, lost, true);
    }

    private void decideConflict(Actor admin, ChangeId lost, boolean reverse) {
        store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, admin);
            try {
                journal.decide(tx, admin, lost, reverse);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(messages.get("sync.conflict.unknown", lost));
            }
            return null;
        });
        store.syncToDisk();
    }
}
