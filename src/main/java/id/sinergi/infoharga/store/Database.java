package id.sinergi.infoharga.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.SQLException;
import java.io.IOException;
import java.util.Optional;

/**
 * The embedded H2 database of one data folder: one connection pool for the application's life, shared by Flyway
 * and Jdbi (reopening the file per handle costs 80–90 ms).
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "infoharga";
    /** The folder of backups inside the data folder (the app layer's BackupGenerations names the same one). */
    static final String BACKUP_FOLDER = "backup";
    /** H2's file suffix: the database "infoharga" lives in infoharga.mv.db. */
    static final String SUFFIX = ".mv.db";
    /** A real H2 file has two 4 KiB store headers before its first chunk; anything shorter is damaged. */
    private static final long SMALLEST_VALID_FILE = 2 * 4096;

    private final Path folder;
    private final String fileName;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    /** The folder's lock, held while the database is open; none for a restore's side file. */
    private final FolderLock lock;
    /** Every connection of {@link #jdbi} passes it, so that the housekeeping runs only when none is open. */
    private final HandleGate gate = new HandleGate();
    private final FileHousekeeping housekeeping;
    /** The housekeeping a save asks for, run a moment later on its own thread. */
    private final DeferredHousekeeping afterSaves;

    /**
     * Time one run after a save may spend making the file denser: it runs a second after the save on its own thread
     * (the user is told "saved" before), and a read asked for meanwhile waits for it.
     */
    static final Duration AFTER_SAVE_BUDGET = Duration.ofMillis(100);
    static final Duration AFTER_SAVE_DELAY = Duration.ofSeconds(1);
    /** Time a close may spend making the file denser. */
    static final Duration CLOSE_BUDGET = Duration.ofMillis(300);

    private Database(Path folder, String fileName, JdbcConnectionPool pool, FolderLock lock) {
        this.folder = folder;
        this.fileName = fileName;
        this.pool = pool;
        this.lock = lock;
        this.jdbi = Jdbi.create(gate.connections(pool)).installPlugin(new SqlObjectPlugin());
        this.housekeeping = new FileHousekeeping(pool, gate);
        this.afterSaves = new DeferredHousekeeping(() -> housekeeping.run(AFTER_SAVE_BUDGET), FileHousekeeping.TARGET,
                AFTER_SAVE_DELAY);
    }

    /**
     * Opens (creating if needed) the database in {@code folder} and brings its schema and reference data up to date.
     *
     * @throws DataFolderInUseException when another process has the folder open
     * @throws DataFolderReadOnlyException when the folder or its database file cannot be written
     * @throws DatabaseDamagedException when the file is truncated, overwritten or not a database
     * @throws StorageFullException when the disk is too full to open it
     * @throws StoreException when the file cannot be opened for another reason
     */
    public static Database open(Path folder) {
        FolderLock lock = FolderLock.acquire(folder);
        try {
            // Under the lock: a swap that a killed restore or compact left half done is finished or undone first.
            FolderRecovery.recover(folder);
            Path file = folder.resolve(FILE_NAME + SUFFIX);
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new DataFolderReadOnlyException(folder, null);
            }
            return open(folder, FILE_NAME, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens the database file {@code fileName} (without suffix) of {@code folder}; restores build in a side file. */
    static Database open(Path folder, String fileName) {
        return open(folder, fileName, null);
    }

    private static Database open(Path folder, String fileName, FolderLock lock) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create data folder " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(fileName + SUFFIX);
        try {
            // H2 takes an empty file for a new database, and Flyway would then fill it: the user's data would be
            // silently replaced by an empty set.
            if (Files.exists(file) && Files.size(file) < SMALLEST_VALID_FILE) {
                throw new DatabaseDamagedException(folder, file + " has only " + Files.size(file) + " bytes", null);
            }
            if (Files.exists(file) && endsBeforeItsLastChunk(file)) {
                throw new DatabaseDamagedException(folder, file + " is shorter than its header says", null);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: no background writer. Its chunk rewriting (the compaction that would keep the file dense,
        // issue 16) frees chunks that a long read still walks: a ten-year folder's pre-upgrade backup failed twice in
        // three tries with "Chunk 697 not found" while nothing else was writing (H2 2.3.232; h2database issues
        // 4012, 4247, and PR 4382's test, still failing on H2's master). A backup or report that fails, or worse,
        // is no price for a smaller file. Saves are forced to disk by checkpointSync() before "Tersimpan"
        // (DurableSaveTest kills a process right after one).
        // The same rewriting is done by FileHousekeeping instead, only when no connection of the application is
        // open (HandleGate), so no read can be walking a chunk it frees, when less than 60% of the chunks is live: a
        // second after a save, on its own thread (≤ 100 ms a run, repeated while the app is idle and the file still
        // sparse: DeferredHousekeeping), at the close of a session that saved (≤ 300 ms) and between the demo's
        // months. Without it a year of daily saves of 20 markets made a 1.3 GB file of 22 MB of content; with it 90
        // days made 38 MB instead of 473 MB, 180 days 64 MB, 2.0× the compacted size (FileGrowthBenchmark).
        // HousekeepingKillTest and HousekeepingUnderLongReadTest hold it to the rules.
        // COMPRESS=TRUE: pages are LZF-compressed as they are written (a third smaller for the same demo, at no
        // measurable cost to the generator); pages written before stay readable as they are.
        // MAX_COMPACT_TIME=0: H2 otherwise rewrites and moves chunks on every close; on a 424 MB file of 10 years
        // that made each close take 4–7 s (0.05–0.3 s without), and H2's chunk moving has had fixes since 2.3.232
        // (h2database commit 8492b8c, "improper allocation in moveChunkInside"). The housekeeping never moves chunks: freed space is reused by new
        // chunks, and the file gets shorter only when its end is free. Shrinking a file that grew before (an
        // upgraded folder) is `compact`'s safe rebuild (DESIGN §3).
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(fileName)
                + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;COMPRESS=TRUE;TRACE_LEVEL_FILE=4";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        boolean current;
        try (java.sql.Connection first = pool.getConnection()) {
            // A new file gets the whole schema from one script; the check below then finds it current.
            SchemaBaseline.createIfNew(first);
            current = SchemaCurrency.isCurrent(first);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, folder);
        }
        // A folder already at the newest migration skips Flyway (its validation re-reads every migration and
        // loads some 400 classes); any doubt goes through Flyway as before.
        if (!current) {
            migrate(pool, folder, fileName);
            // The migrations' commits are written but not forced to disk; a kill right after must not leave a schema
            // that Flyway counts as applied only half on disk.
            try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
                flushBackgroundWrite(c);
            } catch (SQLException e) {
                pool.dispose();
                throw translate(e, folder);
            }
        }
        return openMigrated(folder, fileName, pool, lock, file);
    }

    private static void migrate(JdbcConnectionPool pool, Path folder, String fileName) {
        try {
            Flyway flyway = flyway(pool).load();
            if (fileName.equals(FILE_NAME)) {
                backUpBeforeMigrating(flyway, pool, folder);
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            RuntimeException known = StoreFailures.translate(e, folder);
            throw known != e ? known
                    : new StoreException("database migration failed in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Database openMigrated(Path folder, String fileName, JdbcConnectionPool pool, FolderLock lock,
                                         Path file) {
        Database opened = new Database(folder, fileName, pool, lock);
        Optional<SavedHead.Mark> lost;
        try {
            lost = opened.jdbi.withHandle(h -> SavedHead.missingFrom(h, folder, fileName));
        } catch (RuntimeException e) {
            pool.dispose();
            throw StoreFailures.translate(e, folder);
        }
        if (lost.isPresent()) {
            pool.dispose();
            throw new DatabaseDamagedException(folder, "the change saved as audit row " + lost.get().auditId()
                    + " is not in " + file + ": the file went back to an older state", null);
        }
        return opened;
    }

    /** The application's migrations, SQL and Java, over {@code source}. */
    static org.flywaydb.core.api.configuration.FluentConfiguration flyway(javax.sql.DataSource source) {
        return Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration", "classpath:id/sinergi/infoharga/store/migration");
    }

    /**
     * An upgrade brings new migrations; before they change a folder that has data, the data as it was is written to
     * {@code backup/before-upgrade-V<from>-<time>.zip} (a backup like any other: {@code info-harga restore FILE}).
     * A new folder (no migration applied yet) and a folder already up to date get none.
     */
    private static void backUpBeforeMigrating(Flyway flyway, JdbcConnectionPool pool, Path folder) {
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        if (current == null || info.pending().length == 0) {
            return;
        }
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(java.time.LocalDateTime.now());
        Path target = folder.resolve(BACKUP_FOLDER).resolve("before-upgrade-V" + current.getVersion() + "-" + stamp
                + ".zip");
        // Signed like every backup, so that it can be restored even into this folder once it is damaged.
        Backups.writeFromPool(pool, DeviceFile.loadOrCreate(folder, DeviceFile.hostName()),
                java.time.Instant.now(), target);
        org.slf4j.LoggerFactory.getLogger(Database.class).info("{} pending migration(s) from V{}: data backed up"
                + " to {} first", info.pending().length, current.getVersion(), target);
    }

    private static final java.util.regex.Pattern LAST_BLOCK = java.util.regex.Pattern.compile(
            "(?:^|,)block:([0-9a-f]+)");
    private static final java.util.regex.Pattern BLOCK_SIZE = java.util.regex.Pattern.compile(
            "(?:^|,)blockSize:([0-9a-f]+)");

    /**
     * H2's store header names the block of the newest chunk; a file that ends before that block was cut short.
     * H2 itself has been seen to open such a file (as an older state or as new), so it is checked here first.
     * An unreadable header is left to H2, which reports it.
     */
    private static boolean endsBeforeItsLastChunk(Path file) throws IOException {
        byte[] head = new byte[4096];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            String text = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher block = LAST_BLOCK.matcher(text);
            java.util.regex.Matcher size = BLOCK_SIZE.matcher(text);
            if (!text.startsWith("H:") || !block.find() || !size.find()) {
                return false;
            }
            long lastBlock = Long.parseLong(block.group(1), 16);
            long blockSize = Long.parseLong(size.group(1), 16);
            return (lastBlock + 1) * blockSize > Files.size(file);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static RuntimeException translate(SQLException e, Path folder) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DataFolderInUseException(folder, e);
        }
        if (StoreFailures.isDiskFull(e, folder)) {
            return new StorageFullException(folder, e);
        }
        // Opening runs none of our SQL: H2 reads its store and replays the schema kept in the file, so an error
        // there ("Unknown data type: INTEWER", a general error of the store) means the file is damaged, unless
        // the file could not be read at all (rights, a missing disk).
        if (StoreFailures.isCorruption(e) || !StoreFailures.isUnreadable(e)) {
            return new DatabaseDamagedException(folder, e.getMessage(), e);
        }
        return new StoreException("cannot open the database in " + folder + ": " + e.getMessage(), e);
    }

    /** The database file itself. */
    public Path file() {
        return folder.resolve(fileName + SUFFIX);
    }

    public Path folder() {
        return folder;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Forces the committed data to disk. H2 issues no fsync per commit, so a power cut could lose the last second;
     * call this after a user's save and before telling them it is saved.
     */
    public void checkpointSync() {
        try {
            jdbi.useHandle(h -> {
                h.execute("CHECKPOINT SYNC");
                flushBackgroundWrite(h.getConnection());
                SavedHead.record(h, folder, fileName);
            });
        } catch (RuntimeException e) {
            throw StoreFailures.translate(e, folder);
        }
        // After the save is on disk, and on its own thread: the save returns now.
        afterSaves.request();
    }

    /**
     * Makes the file denser for at most {@code budget} when no read or write is in flight and its chunks are sparse
     * (see {@link FileHousekeeping}); returns at once otherwise.
     */
    public HousekeepingOutcome keepDense(Duration budget) {
        return housekeeping.run(budget);
    }

    /** As {@link #keepDense(Duration)} at other thresholds (percent): tests make it rewrite on a dense file. */
    HousekeepingOutcome keepDense(Duration budget, int startBelow, int target) {
        return housekeeping.run(budget, startBelow, target);
    }

    /**
     * CHECKPOINT SYNC stores what is unsaved and then forces the file (H2 2.3's Store.sync: MVStore.commit, then
     * fsync). A chunk that H2's background writer has already serialized but whose bytes are still queued for its
     * save thread does not count as unsaved, so the fsync can run before those bytes are written: wait for the
     * writer's queues and force the file once more, so that every commit made before this call is on disk. (With
     * WRITE_DELAY=0 there is no such writer today; this keeps the guarantee if the setting ever changes.)
     */
    private static void flushBackgroundWrite(java.sql.Connection connection) {
        org.h2.mvstore.MVStore store = mvStore(connection);
        store.executeFilestoreOperation(() -> { });
        store.sync();
    }

    static org.h2.mvstore.MVStore mvStore(java.sql.Connection connection) {
        try {
            org.h2.jdbc.JdbcConnection h2 = connection.unwrap(org.h2.jdbc.JdbcConnection.class);
            return ((org.h2.engine.SessionLocal) h2.getSession()).getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new StoreException("not an H2 connection: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            afterSaves.close();
            // Only after saves: a command that only read (markets, a report) would otherwise pay the budget at
            // every close of a sparse file (+0.3 s a command on the 60-market bench folder).
            if (afterSaves.requestedSinceOpen()) {
                housekeeping.run(CLOSE_BUDGET);
            }
            pool.dispose();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
