package id.sinergi.infoharga.store;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.io.IOException;

/**
 * The embedded H2 database of one data folder: one connection pool for the application's life, shared by Flyway
 * and Jdbi (reopening the file per handle costs 80–90 ms).
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "infoharga";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens (creating if needed) the database in {@code folder} and brings its schema and reference data up to date.
     *
     * @throws DataFolderInUseException when another process has the folder open
     * @throws StoreException when the file cannot be opened or is damaged
     */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create data folder " + folder + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: with H2's default a killed process loses commits that were already acknowledged.
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=4";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, folder);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:id/sinergi/infoharga/store/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("database migration failed in " + folder + ": " + e.getMessage(), e);
        }
        return new Database(folder, pool);
    }

    private static RuntimeException translate(SQLException e, Path folder) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DataFolderInUseException(folder, e);
        }
        return new StoreException("cannot open the database in " + folder + ": " + e.getMessage(), e);
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
        jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
