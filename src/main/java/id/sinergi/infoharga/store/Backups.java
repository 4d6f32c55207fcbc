package id.sinergi.infoharga.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import id.sinergi.infoharga.domain.DeviceKeys;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Backups as data ({@link BackupArchive}: rows of the schema's tables as JSON lines with a signed manifest) and
 * restores that never touch the current file until the restored copy has been built beside it and checked (DESIGN
 * §3: H2's own compaction has lost data). A restore creates a fresh database with the application's own migrations,
 * inserts the rows through prepared statements (the schema's types and rules check every value), and runs nothing
 * that the file says.
 */
public final class Backups {
    static final String CANDIDATE = "infoharga-restore";
    /** The folder of a data folder's backups (the app layer names the files in it). */
    static final String FOLDER = "backup";
    private static final int BATCH = 1000;
    /** A plain (not unique, not a constraint's) index in H2's own script of a schema: its qualified name. */
    private static final java.util.regex.Pattern PLAIN_INDEX = java.util.regex.Pattern.compile(
            "CREATE INDEX (\"PUBLIC\"\\.\"[^\"]+\") ON ");
    private static final int COMMIT_EVERY = 20_000;

    private Backups() {
    }

    /**
     * Writes the whole database to {@code target}, signed by {@code device}; a half-written file never carries the
     * final name. For the backup service's own files; a path a person chose goes through the app's guard, which
     * calls {@link #write(Database, DeviceKeys, Instant, OutputStream)}.
     */
    public static void write(Database db, DeviceKeys device, Instant now, Path target) {
        writeAtomically(target, out -> write(db, device, now, out));
    }

    /**
     * As {@link #write(Database, DeviceKeys, Instant, Path)}, from the pool of a database that is not open for use
     * yet: the backup an upgrade takes before its migrations run.
     */
    static void writeFromPool(javax.sql.DataSource pool, DeviceKeys device, Instant now, Path target) {
        writeAtomically(target, out -> {
            try (Connection c = pool.getConnection()) {
                SnapshotReads.<Void, IOException>read(c, () -> {
                    writeSnapshot(c, device, now, out);
                    return null;
                });
            } catch (SQLException e) {
                throw new StoreException("cannot write the backup " + target + ": " + e.getMessage(), e);
            }
        });
    }

    private interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, StreamWriter content) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(part);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel c = FileChannel.open(part, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            if (StoreFailures.isDiskFull(e, absolute.getParent())) {
                throw new StorageFullException(absolute.getParent(), e);
            }
            throw new StoreException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /**
     * Writes the whole database as a backup to {@code out} (not closed): every table of the schema in one
     * consistent snapshot ({@link SnapshotReads}: a save committed meanwhile is wholly absent), streamed row by row,
     * then the manifest and its signature.
     */
    public static void write(Database db, DeviceKeys device, Instant now, OutputStream out) throws IOException {
        try {
            db.jdbi().<SQLException>useHandle(h -> {
                Connection c = h.getConnection();
                try {
                    SnapshotReads.<Void, IOException>read(c, () -> {
                        writeSnapshot(c, device, now, out);
                        return null;
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (SQLException e) {
            RuntimeException known = StoreFailures.translate(new StoreException(e.getMessage(), e), db.folder());
            throw StoreFailures.isDiskFull(e, db.folder()) ? new StorageFullException(db.folder(), e) : known;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            RuntimeException known = StoreFailures.translate(e, db.folder());
            throw known != e ? known : new StoreException("cannot write the backup: " + e.getMessage(), e);
        }
    }

    private static void writeSnapshot(Connection c, DeviceKeys device, Instant now, OutputStream target)
            throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        // The manifest's head is read in the same snapshot as the rows.
        Optional<BackupArchive.Head> head = Optional.empty();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")) {
            if (rs.next()) {
                head = Optional.of(new BackupArchive.Head(rs.getLong(1), rs.getString(2)));
            }
        }
        String schemaVersion = schemaVersion(c);
        ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
        try (JsonGenerator m = BackupArchive.JSON.createGenerator(manifestBytes, JsonEncoding.UTF8)) {
            m.useDefaultPrettyPrinter();
            m.writeStartObject();
            m.writeStringField("format", BackupArchive.FORMAT);
            m.writeNumberField("formatVersion", BackupArchive.FORMAT_VERSION);
            m.writeStringField("schemaVersion", schemaVersion);
            m.writeStringField("createdAt", now.toString());
            m.writeObjectFieldStart("device");
            m.writeStringField("id", device.identity().id().toString());
            m.writeStringField("name", device.identity().name());
            m.writeStringField("fingerprint", device.identity().fingerprint());
            m.writeStringField("publicKey", Base64.getEncoder().encodeToString(device.identity().encodedKey()));
            m.writeEndObject();
            if (head.isPresent()) {
                m.writeObjectFieldStart("auditHead");
                m.writeNumberField("id", head.get().auditId());
                m.writeStringField("hash", head.get().rowHash());
                m.writeEndObject();
            }
            m.writeArrayFieldStart("tables");
            for (SchemaTables.Table t : SchemaTables.read(c)) {
                List<ColumnKind> kinds = new ArrayList<>();
                for (SchemaTables.Column col : t.columns()) {
                    kinds.add(ColumnKind.ofSqlType(col.sqlType()).orElseThrow(() -> new StoreException(
                            "a backup cannot carry " + t.name() + "." + col.name() + " of type " + col.sqlType()
                                    + " yet: add the type to ColumnKind", null)));
                }
                String name = SchemaTables.external(t.name());
                zip.putNextEntry(new ZipEntry("tables/" + name + ".jsonl"));
                MessageDigest sha = BackupArchive.sha256();
                long rows = writeRows(c, t, kinds, new DigestOutputStream(nonClosing(zip), sha));
                zip.closeEntry();
                m.writeStartObject();
                m.writeStringField("name", name);
                m.writeArrayFieldStart("columns");
                for (SchemaTables.Column col : t.columns()) {
                    m.writeStartObject();
                    m.writeStringField("name", SchemaTables.external(col.name()));
                    m.writeStringField("type", col.sqlType());
                    m.writeEndObject();
                }
                m.writeEndArray();
                m.writeNumberField("rows", rows);
                m.writeStringField("sha256", HexFormat.of().formatHex(sha.digest()));
                m.writeEndObject();
            }
            m.writeEndArray();
            m.writeEndObject();
        }
        byte[] manifest = manifestBytes.toByteArray();
        zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
        zip.write(manifest);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(BackupArchive.SIGNATURE));
        zip.write((Base64.getEncoder().encodeToString(device.sign(manifest)) + "\n").getBytes(
                StandardCharsets.US_ASCII));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static long writeRows(Connection c, SchemaTables.Table t, List<ColumnKind> kinds, OutputStream out)
            throws SQLException, IOException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < t.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(SchemaTables.quoted(t.columns().get(i).name()));
        }
        // In storage order: ordered by the key, H2 reads every row again through the key's index, and a restore
        // does not need an order.
        sql.append(" FROM ").append(SchemaTables.quoted(t.name()));
        long rows = 0;
        // Lazily: H2 otherwise computes a whole result before the first row, in memory up to MAX_MEMORY_ROWS (which
        // grows with the heap): millions of price rows held at once (issue 16: compact 4.8 GB resident).
        try (Statement lazy = c.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery();
                 JsonGenerator g = BackupArchive.JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.setRootValueSeparator(new SerializedString("\n"));
                while (rs.next()) {
                    g.writeStartArray();
                    for (int i = 0; i < kinds.size(); i++) {
                        kinds.get(i).write(rs, i + 1, g);
                    }
                    g.writeEndArray();
                    rows++;
                }
                if (rows > 0) {
                    g.writeRaw('\n');
                }
            }
        } finally {
            try (Statement lazy = c.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
        return rows;
    }

    /** The schema version the database's migrations have reached. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                     + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    /**
     * Builds a new database from a checked {@code archive} in a side file of {@code folder} and opens it: the
     * migrations up to the backup's schema version, the rows inserted (each checked by the schema), the identities
     * moved past the restored ids, the audit head compared with the manifest, then the later migrations. The
     * current database file is not touched.
     *
     * @throws BackupRefusedException when the backup does not fit the schema or a row breaks its rules
     */
    public static Database buildCandidate(Path folder, BackupArchive archive) {
        discardCandidate(folder);
        BackupArchive.Manifest manifest = archive.manifest();
        MigrationVersion target = knownVersion(manifest.schemaVersion());
        // As the data folder opens its file (Database): compressed pages, no background writer (its compaction
        // loses chunks under long reads, and the candidate is read whole to be verified). The candidate is synced
        // by SHUTDOWN COMPACT before anything uses it.
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(CANDIDATE) + ";WRITE_DELAY=0;COMPRESS=TRUE";
        try {
            Files.createDirectories(folder);
            org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
            source.setURL(url);
            source.setUser("sa");
            source.setPassword("");
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                long start = System.nanoTime();
                Database.flyway(source).target(target).load().migrate();
                load(c, archive);
                rebuildAggregates(c);
                long loaded = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    // The load leaves most of the new file as dead chunks; the candidate is ours alone, so
                    // compacting it risks nothing (it is checked before it replaces anything).
                    s.execute("SHUTDOWN COMPACT");
                }
                org.slf4j.LoggerFactory.getLogger(Backups.class).info("restore copy built: rows loaded in {} ms,"
                        + " compacted in {} ms", (loaded - start) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
            }
        } catch (BackupRefusedException e) {
            discardCandidate(folder);
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            discardCandidate(folder);
            if (StoreFailures.isDiskFull(e, folder)) {
                throw new StorageFullException(folder, e);
            }
            throw new StoreException("cannot restore: " + e.getMessage(), e);
        }
        try {
            return Database.open(folder, CANDIDATE);
        } catch (RuntimeException e) {
            discardCandidate(folder);
            throw e;
        }
    }

    /**
     * The aggregates kept beside the prices are derived data: a backup carries them (every table is listed), but a
     * restore computes them again from the restored prices rather than trusting the file's. A backup older than
     * the aggregates has none; the migration that brings them computes them when the candidate opens.
     */
    private static void rebuildAggregates(Connection c) throws SQLException {
        try (ResultSet t = c.getMetaData().getTables(null, "PUBLIC", "PRICE_DAY", null)) {
            if (!t.next()) {
                return;
            }
        }
        c.setAutoCommit(false);
        PriceAggregates.rebuildAll(c);
        try (ResultSet t = c.getMetaData().getTables(null, "PUBLIC", "PRICE_WEEK_MARKET", null)) {
            if (t.next()) {
                PriceAggregates.rebuildAllWeeks(c);
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static MigrationVersion knownVersion(String version) {
        MigrationVersion wanted;
        try {
            wanted = MigrationVersion.fromVersion(version);
        } catch (RuntimeException e) {
            throw new BackupRefusedException(BackupRefusedException.Reason.SCHEMA, "schema version " + version, e);
        }
        MigrationVersion newest = MigrationVersion.EMPTY;
        org.h2.jdbcx.JdbcDataSource probe = new org.h2.jdbcx.JdbcDataSource();
        probe.setURL("jdbc:h2:mem:schema-versions-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=0");
        for (MigrationInfo m : Database.flyway(probe).load().info().all()) {
            if (m.getVersion() == null) {
                continue;
            }
            if (m.getVersion().equals(wanted)) {
                return wanted;
            }
            if (m.getVersion().compareTo(newest) > 0) {
                newest = m.getVersion();
            }
        }
        throw new BackupRefusedException(wanted.compareTo(newest) > 0 ? BackupRefusedException.Reason.NEWER_VERSION
                : BackupRefusedException.Reason.SCHEMA, "schema version " + version, null);
    }

    private static void load(Connection c, BackupArchive archive) throws SQLException {
        BackupArchive.Manifest manifest = archive.manifest();
        List<SchemaTables.Table> tables = SchemaTables.read(c);
        List<String> names = tables.stream().map(t -> SchemaTables.external(t.name())).sorted().toList();
        List<String> listed = manifest.tables().stream().map(BackupArchive.Table::name).sorted().toList();
        if (!names.equals(listed)) {
            throw new BackupRefusedException(BackupRefusedException.Reason.SCHEMA, "tables " + listed
                    + " instead of " + names + " of schema version " + manifest.schemaVersion(), null);
        }
        for (SchemaTables.Table t : tables) {
            BackupArchive.Table b = manifest.table(SchemaTables.external(t.name())).orElseThrow();
            List<String> expected = t.columns().stream().map(col -> SchemaTables.external(col.name()) + " "
                    + ColumnKind.ofSqlType(col.sqlType()).map(Enum::name).orElse(col.sqlType())).toList();
            List<String> given = b.columns().stream().map(col -> col.name() + " " + col.kind().name()).toList();
            if (!expected.equals(given)) {
                throw new BackupRefusedException(BackupRefusedException.Reason.SCHEMA, t.name() + " columns "
                        + given + " instead of " + expected, null);
            }
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // The migrations seed reference data; the backup's rows replace it (children first).
            for (int i = tables.size() - 1; i >= 0; i--) {
                s.executeUpdate("DELETE FROM " + SchemaTables.quoted(tables.get(i).name()));
            }
        }
        c.commit();
        // Secondary indexes are built once after the load rather than row by row during it (the load took four
        // times as long with them). Their definitions come from this fresh database's own schema, never from the
        // backup.
        List<String> indexes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NODATA NOSETTINGS")) {
            while (rs.next()) {
                String ddl = rs.getString(1);
                if (PLAIN_INDEX.matcher(ddl).lookingAt()) {
                    indexes.add(ddl);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : indexes) {
                java.util.regex.Matcher m = PLAIN_INDEX.matcher(ddl);
                m.lookingAt();
                s.execute("DROP INDEX " + m.group(1));
            }
        }
        c.commit();
        for (SchemaTables.Table t : tables) {
            insertRows(c, t, archive);
            restartIdentities(c, t);
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : indexes) {
                s.execute(ddl);
            }
        }
        c.commit();
        Optional<BackupArchive.Head> head = Optional.empty();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")) {
            if (rs.next()) {
                head = Optional.of(new BackupArchive.Head(rs.getLong(1), rs.getString(2)));
            }
        }
        if (!head.equals(manifest.auditHead())) {
            throw new BackupRefusedException(BackupRefusedException.Reason.CONTENT, "the newest audit row is "
                    + head + ", the manifest says " + manifest.auditHead(), null);
        }
        c.setAutoCommit(true);
    }

    private static void insertRows(Connection c, SchemaTables.Table t, BackupArchive archive) throws SQLException {
        String table = SchemaTables.external(t.name());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(SchemaTables.quoted(t.name())).append(" (");
        for (int i = 0; i < t.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(SchemaTables.quoted(t.columns().get(i).name()));
        }
        sql.append(") VALUES (").append("?, ".repeat(t.columns().size() - 1)).append("?)");
        List<ColumnKind> kinds = archive.manifest().table(table).orElseThrow().columns().stream()
                .map(BackupArchive.Column::kind).toList();
        long[] row = {0};
        long[] batchStart = {1};
        try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
            archive.forEachRow(table, values -> {
                row[0]++;
                for (int i = 0; i < values.length; i++) {
                    kinds.get(i).bind(insert, i + 1, values[i]);
                }
                insert.addBatch();
                if (row[0] % BATCH == 0) {
                    execute(insert, table, batchStart[0], row[0]);
                    batchStart[0] = row[0] + 1;
                    if (row[0] % COMMIT_EVERY == 0) {
                        c.commit();
                    }
                }
            });
            if (row[0] >= batchStart[0]) {
                execute(insert, table, batchStart[0], row[0]);
            }
            c.commit();
        }
    }

    private static void execute(PreparedStatement insert, String table, long from, long to) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            SQLException first = e.getNextException() != null ? e.getNextException() : e;
            throw new BackupRefusedException(BackupRefusedException.Reason.VALUE, table + " rows " + from + "–" + to
                    + ": " + firstLine(first.getMessage()), e);
        }
    }

    private static void restartIdentities(Connection c, SchemaTables.Table t) throws SQLException {
        for (SchemaTables.Column col : t.columns()) {
            if (!col.identity()) {
                continue;
            }
            long next;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + SchemaTables.quoted(col.name()) + "), 0) + 1"
                         + " FROM " + SchemaTables.quoted(t.name()))) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + SchemaTables.quoted(t.name()) + " ALTER COLUMN "
                        + SchemaTables.quoted(col.name()) + " RESTART WITH " + next);
            }
            c.commit();
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        int sql = line.indexOf("; SQL statement");
        return (sql < 0 ? line : line.substring(0, sql)).replaceAll(" \\[\\d+-\\d+\\]$", "").strip();
    }

    /** Removes a side file left by {@link #buildCandidate} (a refused or interrupted restore). */
    public static void discardCandidate(Path folder) {
        deleteQuietly(folder.resolve(CANDIDATE + Database.SUFFIX));
        deleteQuietly(folder.resolve(CANDIDATE + ".trace.db"));
    }

    /**
     * Puts the checked candidate (closed by the caller) in place of the current database file, which is moved to
     * {@code keepPreviousAs} rather than deleted. The caller holds the folder's lock and has no database of it open.
     * A journal written first lets the next start finish or undo the swap if the process dies between the renames
     * ({@link FolderRecovery}).
     */
    public static void promoteCandidate(Path folder, Path keepPreviousAs) {
        Path current = folder.resolve(Database.FILE_NAME + Database.SUFFIX);
        try {
            boolean hadCurrent = Files.exists(current);
            FolderRecovery.beginSwap(folder, hadCurrent ? keepPreviousAs : null);
            if (hadCurrent) {
                moveCurrentAside(folder, keepPreviousAs);
            }
            moveCandidateIn(folder);
            SavedHead.forget(folder, Database.FILE_NAME);
            FolderRecovery.endSwap(folder);
        } catch (IOException e) {
            throw new StoreException("cannot put the restored database in place in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The first rename of a swap (separate so that a test can stop between the two). */
    static void moveCurrentAside(Path folder, Path keepPreviousAs) throws IOException {
        Files.createDirectories(keepPreviousAs.toAbsolutePath().getParent());
        Files.move(folder.resolve(Database.FILE_NAME + Database.SUFFIX), keepPreviousAs,
                StandardCopyOption.ATOMIC_MOVE);
    }

    static void moveCandidateIn(Path folder) throws IOException {
        Files.move(folder.resolve(CANDIDATE + Database.SUFFIX), folder.resolve(Database.FILE_NAME + Database.SUFFIX),
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** The database file of {@code folder}, whether it exists or not. */
    public static Path databaseFile(Path folder) {
        return folder.resolve(Database.FILE_NAME + Database.SUFFIX);
    }

    /** Whether {@code folder} holds a database file already. */
    public static boolean hasDatabase(Path folder) {
        return Files.exists(folder.resolve(Database.FILE_NAME + Database.SUFFIX));
    }

    /** Whether {@code folder} shows that it held data once: a head mark or a device identity beside the database. */
    public static boolean hadData(Path folder) {
        return hasDatabase(folder) || Files.exists(SavedHead.file(folder, Database.FILE_NAME))
                || DeviceFile.exists(folder);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left for the next attempt, which deletes it first.
        }
    }
}
