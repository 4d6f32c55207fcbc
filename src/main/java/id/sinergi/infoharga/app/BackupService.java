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

    /** The automatic backups there are now, oldest first. */
    public List<Path> generations() {
        return List.copyOf(BackupGenerations.existing(store.folder()).values());
    }
}
