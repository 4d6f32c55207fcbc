package id.sinergi.infoharga.app;

import id.sinergi.infoharga.store.Backups;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DatabaseDamagedException;
import id.sinergi.infoharga.store.StorageFullException;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Backups of the open data folder (automatic once a day and on close, kept in generations; manual to a chosen file)
 * and restores into a closed folder, which build the restored database beside the current one, verify it, and only
 * then swap it in, keeping the previous file.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Store store;
    private final Clock clock;
    private final Authorizer authorizer;

    public BackupService(Store store, Clock clock, Authorizer authorizer) {
        this.store = store;
        this.clock = clock;
        this.authorizer = authorizer;
    }

    /** A manual backup by an administrator to a file they chose. */
    public Path backupTo(Actor admin, Path file) {
        store.read(tx -> authorizer.requireAdmin(tx, admin));
        return backupTo(file);
    }

    /** Writes a backup of everything to {@code file}. */
    public Path backupTo(Path file) {
        store.syncToDisk();
        Backups.write(store.database(), file);
        return file;
    }

    /** Writes today's automatic backup unless there is one already, then prunes the generations. */
    public Optional<Path> automaticIfDue() {
        LocalDate today = LocalDate.now(clock);
        if (BackupGenerations.existing(store.folder()).containsKey(today)) {
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

    /** What a restore did. */
    public record RestoreResult(AuditVerifier.Report report, Optional<Path> previousKeptAs) {
    }

    /**
     * Restores {@code backup} into {@code folder}, which this process must not have open. An empty folder gets the
     * backup; a folder with data keeps its old file as {@code backup/before-restore-<time>.mv.db}. The restored copy
     * is verified before it replaces anything, and again once in place.
     *
     * @throws UserInputException when the file is not a readable backup or does not verify (nothing changed)
     */
    public static RestoreResult restore(Path folder, Path backup, Clock clock, Messages messages) {
        if (!Files.isRegularFile(backup)) {
            throw new UserInputException(messages.get("trust.restore.noFile", backup));
        }
        boolean hadData = Backups.hasDatabase(folder);
        if (hadData) {
            // Refuses (DataFolderInUseException) when the application has the folder open; a damaged current file
            // is exactly what a restore is for.
            try {
                Database.open(folder).close();
            } catch (DatabaseDamagedException damaged) {
                // Restore anyway.
            }
        }
        Database candidate;
        try {
            candidate = Backups.buildCandidate(folder, backup);
        } catch (StorageFullException full) {
            throw full;
        } catch (StoreException notABackup) {
            throw new UserInputException(messages.get("trust.restore.unreadable", backup));
        }
        AuditVerifier.Report report;
        try (candidate) {
            report = new AuditVerifier(new Store(candidate)).verify();
        }
        if (!report.sound()) {
            Backups.discardCandidate(folder);
            throw new UserInputException(messages.get("trust.restore.notSound", backup) + "\n"
                    + String.join("\n", report.lines(messages)));
        }
        Optional<Path> keptAs = Optional.empty();
        if (hadData) {
            Path keep = BackupGenerations.folder(folder).resolve("before-restore-"
                    + STAMP.format(clock.instant().atZone(clock.getZone())) + ".mv.db");
            keptAs = Optional.of(keep);
        }
        Backups.promoteCandidate(folder, keptAs.orElse(null));
        AuditVerifier.Report after;
        try (Database restored = Database.open(folder)) {
            after = new AuditVerifier(new Store(restored)).verify();
        }
        return new RestoreResult(after, keptAs);
    }

    /** What a compaction did: the file's size before and after, the backup it was rebuilt from, the check. */
    public record CompactResult(long bytesBefore, long bytesAfter, Path backup, AuditVerifier.Report report) {
    }

    /**
     * Shrinks the database file of a closed folder the safe way: a backup of it (kept in {@code backup/}), a new file
     * rebuilt from that backup beside the current one, checked with {@code verify} and against the current file's
     * row counts, and only then swapped in. H2's own compaction rewrites the live file in place, which a power cut
     * could leave damaged; this way the current file stays untouched until a sound copy is ready.
     *
     * @throws UserInputException when the rebuilt copy does not agree (nothing changed)
     */
    public static CompactResult compact(Path folder, Clock clock, Messages messages) {
        Path backup = BackupGenerations.folder(folder).resolve("before-compact-"
                + STAMP.format(clock.instant().atZone(clock.getZone())) + ".zip");
        long before = sizeOf(Backups.databaseFile(folder));
        Counts counts;
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            counts = Counts.of(store);
            Backups.write(db, backup);
        }
        Database candidate = Backups.buildCandidate(folder, backup);
        AuditVerifier.Report report;
        Counts rebuilt;
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
        Path old = BackupGenerations.folder(folder).resolve("before-compact-"
                + STAMP.format(clock.instant().atZone(clock.getZone())) + ".mv.db");
        Backups.promoteCandidate(folder, old);
        AuditVerifier.Report after;
        long bytesAfter;
        try (Database compacted = Database.open(folder)) {
            after = new AuditVerifier(new Store(compacted)).verify();
            bytesAfter = sizeOf(compacted.file());
        }
        if (after.sound()) {
            // The backup it was rebuilt from stays; the old, large file is not needed once the new one checks out.
            deleteQuietly(old);
        }
        return new CompactResult(before, bytesAfter, backup, after);
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

    /** The automatic backups there are now, oldest first. */
    public List<Path> generations() {
        return List.copyOf(BackupGenerations.existing(store.folder()).values());
    }
}
