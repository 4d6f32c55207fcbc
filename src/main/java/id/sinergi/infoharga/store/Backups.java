package id.sinergi.infoharga.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Backups as H2 SQL scripts ({@code SCRIPT ... COMPRESSION ZIP}) and restores that never touch the current file
 * until the restored copy has been built beside it and checked (DESIGN §3: H2's own compaction has lost data).
 */
public final class Backups {
    static final String CANDIDATE = "infoharga-restore";

    private Backups() {
    }

    /** Writes the whole database to {@code target}; a half-written file never carries the final name. */
    public static void write(Database db, Path target) {
        write(target, part -> db.jdbi().useHandle(h -> h.execute("SCRIPT TO " + literal(part) + " COMPRESSION ZIP")));
    }

    /** As {@link #write(Database, Path)}, from a pool before the database is open for use (before migrations). */
    static void writeScript(javax.sql.DataSource pool, Path target) {
        write(target, part -> {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SCRIPT TO " + literal(part) + " COMPRESSION ZIP");
            } catch (SQLException e) {
                throw new StoreException("cannot write the backup " + target + ": " + e.getMessage(), e);
            }
        });
    }

    private static void write(Path target, java.util.function.Consumer<Path> script) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(part);
            script.accept(part);
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            if (StoreFailures.isDiskFull(e, absolute.getParent())) {
                throw new StorageFullException(absolute.getParent(), e);
            }
            throw new StoreException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            RuntimeException known = StoreFailures.translate(e, absolute.getParent());
            throw known != e ? known : new StoreException("cannot write the backup " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Builds a new database from {@code backup} in a side file of {@code folder} and opens it (its schema brought up
     * to date). The current database file is not touched.
     *
     * @throws StoreException when the file is not a backup of this application
     */
    public static Database buildCandidate(Path folder, Path backup) {
        discardCandidate(folder);
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(CANDIDATE) + ";WRITE_DELAY=0";
        try {
            Files.createDirectories(folder);
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM " + literal(backup.toAbsolutePath()) + " COMPRESSION ZIP");
                // The script's one long load leaves most of the new file as dead chunks (2.5 GB for ten years of
                // prices that take far less); the candidate is ours alone, so compacting it risks nothing.
                s.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException | IOException e) {
            discardCandidate(folder);
            throw new StoreException("cannot restore from " + backup + ": " + e.getMessage(), e);
        }
        try {
            return Database.open(folder, CANDIDATE);
        } catch (RuntimeException e) {
            discardCandidate(folder);
            throw e;
        }
    }

    /** Removes a side file left by {@link #buildCandidate} (a refused or interrupted restore). */
    public static void discardCandidate(Path folder) {
        deleteQuietly(folder.resolve(CANDIDATE + Database.SUFFIX));
        deleteQuietly(folder.resolve(CANDIDATE + ".trace.db"));
    }

    /**
     * Puts the checked candidate (closed by the caller) in place of the current database file, which is moved to
     * {@code keepPreviousAs} rather than deleted. The folder must not be open anywhere.
     */
    public static void promoteCandidate(Path folder, Path keepPreviousAs) {
        Path current = folder.resolve(Database.FILE_NAME + Database.SUFFIX);
        Path candidate = folder.resolve(CANDIDATE + Database.SUFFIX);
        try {
            if (Files.exists(current)) {
                Files.createDirectories(keepPreviousAs.toAbsolutePath().getParent());
                Files.move(current, keepPreviousAs, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(candidate, current, StandardCopyOption.ATOMIC_MOVE);
            SavedHead.forget(folder, Database.FILE_NAME);
        } catch (IOException e) {
            throw new StoreException("cannot put the restored database in place in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The database file of {@code folder}, whether it exists or not. */
    public static Path databaseFile(Path folder) {
        return folder.resolve(Database.FILE_NAME + Database.SUFFIX);
    }

    /** Whether {@code folder} holds a database file already. */
    public static boolean hasDatabase(Path folder) {
        return Files.exists(folder.resolve(Database.FILE_NAME + Database.SUFFIX));
    }

    private static String literal(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left for the next attempt, which deletes it first.
        }
    }
}
