package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.sync.SentPackageAnchor;
import id.sinergi.infoharga.domain.DeviceKeys;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.AnchorFile;
import id.sinergi.infoharga.store.BackupArchive;
import id.sinergi.infoharga.store.BackupRefusedException;
import id.sinergi.infoharga.store.Backups;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DatabaseDamagedException;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.store.FolderLock;
import id.sinergi.infoharga.store.FolderRecovery;
import id.sinergi.infoharga.store.StorageFullException;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backups of the open data folder (automatic once a day and on close, kept in generations; manual to a chosen file)
 * and restores into a closed folder, which check the backup whole, build the restored database beside the current
 * one, verify it, and only then swap it in, keeping the previous file. A backup is data (rows and a signed
 * manifest, {@link BackupArchive}); nothing in it is ever run.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Store store;
    private final Clock clock;
    private final Authorizer authorizer;
    private final DeviceKeys device;
    private final OutputTarget outputs;

    public BackupService(Store store, Clock clock, Authorizer authorizer, DeviceKeys device, Messages messages) {
        this.store = store;
        this.clock = clock;
        this.authorizer = authorizer;
        this.device = device;
        this.outputs = new OutputTarget(store.folder(), messages);
    }

    /** With the folder's own device (created if it has none yet). */
    public BackupService(Store store, Clock clock, Authorizer authorizer) {
        this(store, clock, authorizer, DeviceFile.loadOrCreate(store.folder(), LocalActor.device()),
                new Messages(Messages.INDONESIAN));
    }

    /**
     * A manual backup by an administrator to a file they chose, through the {@link OutputTarget}: never into the
     * data folder, an existing file only when {@code replace}.
     */
    public Path backupTo(Actor admin, Path file, boolean replace) {
        store.read(tx -> authorizer.requireAdmin(tx, admin));
        outputs.check(file, replace);
        store.syncToDisk();
        return outputs.write(file, replace, out -> Backups.write(store.database(), device, clock.instant(), out));
    }

    public Path backupTo(Actor admin, Path file) {
        return backupTo(admin, file, false);
    }

    /** Writes a backup of everything to {@code file}, a place of the backup service's own choosing. */
    public Path backupTo(Path file) {
        store.syncToDisk();
        Backups.write(store.database(), device, clock.instant(), file);
        return file;
    }

    /** Writes today's automatic backup unless there is one already (of this format), then prunes the generations. */
    public Optional<Path> automaticIfDue() {
        LocalDate today = LocalDate.now(clock);
        Path existing = BackupGenerations.existing(store.folder()).get(today);
        if (existing != null && BackupArchive.manifestOf(existing).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(writeGeneration(today));
    }

    /** The backup taken when the application closes: replaces today's, then prunes the generations. */
    public Path onClose() {
        return writeGeneration(LocalDate.now(clock));
    }

    // The day's first backup runs on its own thread; the one on closing waits for it rather than racing it.
    private synchronized Path writeGeneration(LocalDate day) {
        Path file = backupTo(BackupGenerations.fileFor(store.folder(), day));
        BackupGenerations.prune(store.folder());
        return file;
    }

    /** The automatic backups there are now, oldest first. */
    public List<Path> generations() {
        return List.copyOf(BackupGenerations.existing(store.folder()).values());
    }

    /**
     * Takes the lock of a closed data folder for a restore, so that nothing opens it from the first check to the
     * swap; the restore itself (in the same process) shares it.
     */
    public static AutoCloseable lockFolder(Path folder) {
        return FolderLock.acquire(folder);
    }

    /** What a data folder holds, as far as a restore must know: who may replace it. */
    public enum FolderState {
        /** Nothing: no database has been here. */
        EMPTY,
        /** A sound database without accounts (set-up mode). */
        SETUP,
        /** A sound database with accounts: an administrator of it decides. */
        ACCOUNTS,
        /** The database is damaged, or gone while its traces (head mark, device identity) remain. */
        DAMAGED
    }

    /** Inspects a closed folder (opening and closing its database). */
    public static FolderState folderState(Path folder) {
        if (!Backups.hasDatabase(folder)) {
            return Backups.hadData(folder) ? FolderState.DAMAGED : FolderState.EMPTY;
        }
        try (Database db = Database.open(folder)) {
            return new Store(db).read(tx -> tx.users().count()) == 0 ? FolderState.SETUP : FolderState.ACCOUNTS;
        } catch (DatabaseDamagedException damaged) {
            return FolderState.DAMAGED;
        }
    }

    /** A user name and password given to prove a right over a backup's own accounts. */
    public record Credentials(String username, char[] password) {
    }

    /**
     * How the person asking for a restore proves their right to it.
     *
     * @param currentAdmin an administrator of the folder's current (sound) data has logged in
     * @param backupAdmin asked only when needed: an administrator's name and password, checked against the backup's
     *                    own accounts
     */
    public record RestoreAuthority(boolean currentAdmin, Supplier<Optional<Credentials>> backupAdmin) {
        /** No proof at all: enough only for a folder with nothing to lose. */
        public static final RestoreAuthority NONE = new RestoreAuthority(false, Optional::empty);

        public static RestoreAuthority ofCurrentAdmin() {
            return new RestoreAuthority(true, Optional::empty);
        }

        public static RestoreAuthority ofBackupAdmin(String username, char[] password) {
            return new RestoreAuthority(false, () -> Optional.of(new Credentials(username, password)));
        }
    }

    /** What a restore did. */
    /**
     * @param renewedDevice this folder's device with its new id, when the data restored is older than the last
     *                      package the device sent (see {@link #restore})
     */
    public record RestoreResult(AuditVerifier.Report report, Optional<Path> previousKeptAs,
                                Optional<id.sinergi.infoharga.domain.DeviceIdentity> renewedDevice) {
    }

    /**
     * Restores {@code backup} into {@code folder}, which no other process may have open (its lock is held from the
     * first check to the swap). The backup is checked whole first (signature, every table's count and hash, every
     * value's type); then the right to replace the folder's data: an administrator of the current data when it is
     * sound and has accounts; when it is damaged, a backup signed by this folder's own device key, or an
     * administrator's password checked against the backup's own accounts. The restored copy is built with the
     * application's migrations, verified before it replaces anything, and verified again in place; the old file is
     * kept as {@code backup/before-restore-<time>.mv.db}.
     * <p>
     * When the restored audit chain does not hold the anchor of the last package this device sent, the data is older
     * than what other devices already hold of this device: its next changes would take sequence numbers already
     * sent with other content, and the other devices would drop them as known. The device then gets a new id (same
     * name and keys): its old changes stay those of the old id, the office returns the ones the restore rolled back,
     * and the office accepts the device once more.
     *
     * @throws UserInputException when the file is not a backup that may be restored (nothing changed)
     * @throws AccessDeniedException when the right to restore is not shown (nothing changed)
     */
    public static RestoreResult restore(Path folder, Path backup, Clock clock, Messages messages,
                                        RestoreAuthority authority) {
        if (!Files.isRegularFile(backup)) {
            throw new UserInputException(messages.get("trust.restore.noFile", backup));
        }
        try (FolderLock lock = FolderLock.acquire(folder)) {
            FolderRecovery.recover(folder);
            FolderState state = folderState(folder);
            if (state == FolderState.ACCOUNTS && !authority.currentAdmin()) {
                throw new AccessDeniedException(messages.get("trust.restore.needsAdmin"));
            }
            long start = System.nanoTime();
            try (BackupArchive archive = checked(backup, messages)) {
                org.slf4j.LoggerFactory.getLogger(BackupService.class).info("backup {} checked in {} ms", backup,
                        (System.nanoTime() - start) / 1_000_000);
                if (state == FolderState.DAMAGED) {
                    requireProofForDamagedFolder(folder, archive, authority, messages);
                }
                return restoreChecked(folder, backup, archive, clock, messages);
            }
        }
    }

    /** As {@link #restore(Path, Path, Clock, Messages, RestoreAuthority)} with no proof offered. */
    public static RestoreResult restore(Path folder, Path backup, Clock clock, Messages messages) {
        return restore(folder, backup, clock, messages, RestoreAuthority.NONE);
    }

    private static BackupArchive checked(Path backup, Messages messages) {
        try {
            return BackupArchive.check(backup);
        } catch (BackupRefusedException e) {
            throw new UserInputException(refusal(e, backup, messages));
        }
    }

    /** The person's words for a refused backup. */
    static String refusal(BackupRefusedException e, Path backup, Messages messages) {
        return messages.get("trust.restore.refused." + e.reason().name(), backup, e.detail());
    }

    private static void requireProofForDamagedFolder(Path folder, BackupArchive archive, RestoreAuthority authority,
                                                     Messages messages) {
        if (DeviceFile.exists(folder)) {
            try {
                if (archive.signedBy(DeviceFile.load(folder).identity().publicKey())) {
                    return;
                }
            } catch (StoreException unreadableIdentity) {
                // Then only an administrator's password can show the right.
            }
        }
        Credentials given = authority.backupAdmin().get().orElseThrow(() ->
                new AccessDeniedException(messages.get("trust.restore.needsProof", archive.manifest().deviceName())));
        String name = given.username() == null ? "" : given.username().strip().toLowerCase(Locale.ROOT);
        Map<String, Object> account = archive.rowsOf("app_user").stream()
                .filter(row -> name.equals(row.get("username"))).findFirst().orElse(null);
        PasswordHasher hasher = new PasswordHasher();
        String hash = account == null ? null : (String) account.get("password_hash");
        // An unknown name costs the same hashing as a wrong password.
        boolean matches = hasher.matches(new String(given.password()), hash != null ? hash
                : hasher.hash("decoy-password-never-used"));
        if (account == null || !matches || !Role.ADMIN.name().equals(account.get("role"))
                || !Boolean.TRUE.equals(account.get("active"))) {
            throw new AccessDeniedException(messages.get("trust.restore.proofWrong"));
        }
    }

    private static RestoreResult restoreChecked(Path folder, Path backup, BackupArchive archive, Clock clock,
                                                Messages messages) {
        boolean hadData = Backups.hasDatabase(folder);
        Database candidate;
        try {
            candidate = Backups.buildCandidate(folder, archive);
        } catch (BackupRefusedException e) {
            throw new UserInputException(refusal(e, backup, messages));
        } catch (StorageFullException full) {
            throw full;
        } catch (StoreException notABackup) {
            throw new UserInputException(messages.get("trust.restore.unreadable", backup));
        }
        AuditVerifier.Report report;
        boolean olderThanSent;
        long checking = System.nanoTime();
        try (candidate) {
            Store restored = new Store(candidate);
            report = new AuditVerifier(restored).verify();
            olderThanSent = olderThanLastPackage(folder, restored);
        }
        org.slf4j.LoggerFactory.getLogger(BackupService.class).info("restore copy verified in {} ms",
                (System.nanoTime() - checking) / 1_000_000);
        if (!report.sound()) {
            Backups.discardCandidate(folder);
            throw new UserInputException(messages.get("trust.restore.notSound", backup) + "\n"
                    + String.join("\n", report.lines(messages)));
        }
        Optional<Path> keptAs = Optional.empty();
        String stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
        if (hadData) {
            keptAs = Optional.of(BackupGenerations.folder(folder).resolve("before-restore-" + stamp + ".mv.db"));
        }
        Backups.promoteCandidate(folder, keptAs.orElse(null));
        // The restored chain is older than the newest backup's anchor on purpose: say so, signed, so that verify
        // compares with the restored state and no later deletion can hide behind the restore.
        archive.manifest().auditHead().ifPresent(head -> {
            if (DeviceFile.exists(folder)) {
                AnchorFile.write(BackupGenerations.folder(folder).resolve("restored-" + stamp + AnchorFile.SUFFIX),
                        DeviceFile.load(folder), head.auditId(), head.rowHash(), clock.instant());
            }
        });
        Optional<id.sinergi.infoharga.domain.DeviceIdentity> renewed = olderThanSent
                ? Optional.of(DeviceFile.renewId(folder).identity()) : Optional.empty();
        renewed.ifPresent(d -> org.slf4j.LoggerFactory.getLogger(BackupService.class).warn(
                "the restored data is older than the last package sent: this device is now {}", d.id()));
        AuditVerifier.Report after;
        // The same bytes as the copy just verified, renamed: opening it and comparing the anchor is what is left.
        try (Database restored = Database.open(folder)) {
            after = verifierOf(folder, new Store(restored)).withAnchorsOf(report);
        }
        return new RestoreResult(after, keptAs, renewed);
    }

    /** Whether the restored chain lacks the audit head of the last package this folder's device wrote. */
    private static boolean olderThanLastPackage(Path folder, Store restored) {
        if (!DeviceFile.exists(folder)) {
            return false;
        }
        Optional<id.sinergi.infoharga.domain.AuditAnchor> sent = SentPackageAnchor.read(folder,
                DeviceFile.load(folder).identity().publicKey());
        return sent.isPresent() && !restored.read(tx -> tx.integrity().auditHash(sent.get().auditId()))
                .filter(sent.get().rowHash()::equals).isPresent();
    }

    private static AuditVerifier verifierOf(Path folder, Store store) {
        if (!DeviceFile.exists(folder)) {
            return new AuditVerifier(store);
        }
        var device = DeviceFile.load(folder).identity();
        return new AuditVerifier(store, List.of(new BackupAnchors(folder, device),
                new SentPackageAnchor(folder, device.publicKey())));
    }

    /** What a compaction did: the file's size before and after, the backup it was rebuilt from, the check. */
    public record CompactResult(long bytesBefore, long bytesAfter, Path backup, AuditVerifier.Report report) {
    }

    public static CompactResult compact(Path folder, Clock clock, Messages messages) {
        return compact(folder, clock, messages, WorkProgress.NONE);
    }

    /**
     * Shrinks the database file of a closed folder the safe way: a backup of it (kept in {@code backup/}), a new file
     * rebuilt from that backup beside the current one, checked with {@code verify} and against the current file's
     * row counts, and only then swapped in. H2's own compaction rewrites the live file in place, which a power cut
     * could leave damaged; this way the current file stays untouched until a sound copy is ready. The folder's lock
     * is held throughout: nothing else may store data that the swap would then drop.
     *
     * @throws UserInputException when the rebuilt copy does not agree (nothing changed)
     */
    public static CompactResult compact(Path folder, Clock clock, Messages messages, WorkProgress progress) {
        try (FolderLock lock = FolderLock.acquire(folder)) {
            String stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
            Path backup = BackupGenerations.folder(folder).resolve("before-compact-" + stamp + ".zip");
            long before = sizeOf(Backups.databaseFile(folder));
            Counts counts;
            progress.update(0, messages.get("trust.compact.step.backup"));
            try (Database db = Database.open(folder)) {
                Store store = new Store(db);
                counts = Counts.of(store);
                DeviceKeys device = DeviceFile.loadOrCreate(folder, LocalActor.device());
                Backups.write(db, device, clock.instant(), backup);
            }
            progress.update(0.3, messages.get("trust.compact.step.rebuild"));
            Database candidate;
            try (BackupArchive archive = BackupArchive.check(backup)) {
                candidate = Backups.buildCandidate(folder, archive);
            }
            AuditVerifier.Report report;
            Counts rebuilt;
            progress.update(0.8, messages.get("trust.compact.step.check"));
            try (candidate) {
                Store store = new Store(candidate);
                report = new AuditVerifier(store).verify();
                rebuilt = Counts.of(store);
            }
            if (!report.sound() || !rebuilt.equals(counts)) {
                Backups.discardCandidate(folder);
                throw new UserInputException(messages.get("trust.compact.refused", counts.describe(),
                        rebuilt.describe()) + "\n" + String.join("\n", report.lines(messages)));
            }
            Path old = BackupGenerations.folder(folder).resolve("before-compact-" + stamp + ".mv.db");
            progress.update(0.9, messages.get("trust.compact.step.swap"));
            Backups.promoteCandidate(folder, old);
            AuditVerifier.Report after;
            long bytesAfter;
            try (Database compacted = Database.open(folder)) {
                after = verifierOf(folder, new Store(compacted)).withAnchorsOf(report);
            }
            // Measured closed: H2 writes its last chunk on closing.
            bytesAfter = sizeOf(Backups.databaseFile(folder));
            if (after.sound()) {
                // The backup it was rebuilt from stays; the old, large file is not needed once the new one checks
                // out.
                deleteQuietly(old);
            }
            progress.update(1, messages.get("trust.compact.step.done"));
            return new CompactResult(before, bytesAfter, backup, after);
        }
    }

    /** About 57 bytes a price after {@link #compact} (ten years of demo data: 142 MB for 2,479,468 prices). */
    static final long COMPACT_BYTES_PER_PRICE = 64;
    static final long EMPTY_FILE_BYTES = 8L << 20;

    /**
     * Whether the data file has grown so far past its content that {@link #compact} is worth running: more than four
     * times the size a rebuilt file would have, and over 64 MB. H2 leaves old chunks behind on every save (a year of
     * daily saves of 20 markets measured 1.3 GB that compact to 22 MB, {@code FileGrowthBenchmark}).
     */
    public static boolean worthCompacting(long fileBytes, long priceRows) {
        long rebuilt = EMPTY_FILE_BYTES + COMPACT_BYTES_PER_PRICE * priceRows;
        return fileBytes > 64L << 20 && fileBytes > 4 * rebuilt;
    }

    /** The rows that must survive a rebuild, counted. */
    private record Counts(long prices, long audit, long stock) {
        static Counts of(Store store) {
            return store.read(tx -> new Counts(tx.prices().count(), tx.audit().count(), tx.stock().count()));
        }

        String describe() {
            return prices + "/" + audit + "/" + stock;
        }
    }

    /** The size of the database file of {@code folder} in bytes (0 when there is none). */
    public static long dataFileBytes(Path folder) {
        return Math.max(0, sizeOf(Backups.databaseFile(folder)));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // A left-over copy in backup/ costs space, nothing else.
        }
    }
}
