package id.sinergi.infoharga.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.infoharga.domain.DeviceIdentity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup file as it is read for a restore: data, never code. A zip holding, per table of the schema, its rows as
 * JSON lines ({@code tables/NAME.jsonl}, one array of typed values per row in the manifest's column order), a
 * {@code manifest.json} (format version, schema version, creation time, the device that wrote it with its public
 * key, the audit chain's newest row, and per table its columns, row count and SHA-256) and {@code manifest.sig}, the
 * device's Ed25519 signature over the manifest's bytes.
 * <p>
 * {@link #check} reads the whole file before anything is written: the signature, then every table's bytes against
 * its count and hash, and every value against its column's type. Entries that the manifest does not list, or that
 * appear twice, refuse the file. Nothing in it is ever run.
 */
public final class BackupArchive implements AutoCloseable {
    public static final String FORMAT = "sinergi-info-harga-backup";
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final long MAX_MANIFEST_BYTES = 1 << 20;
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 20).maxNestingDepth(8)
                    .maxNumberLength(40).build())
            // The row reader drains the entry after the last row (for its hash); the writers close their own.
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** One column: its name and how its values travel. */
    record Column(String name, ColumnKind kind) {
    }

    /** One table: where its rows are, their columns, how many, and the SHA-256 of the file's bytes. */
    record Table(String name, List<Column> columns, long rows, String sha256) {
        String entry() {
            return "tables/" + name + ".jsonl";
        }
    }

    /** The newest audit row when the backup was written: an anchor of the chain outside the data file. */
    public record Head(long auditId, String rowHash) {
    }

    /** What the signed manifest says. */
    public record Manifest(int formatVersion, String schemaVersion, Instant createdAt, UUID deviceId,
                           String deviceName, PublicKey publicKey, Optional<Head> auditHead, List<Table> tables) {
        public String fingerprint() {
            return DeviceIdentity.fingerprintOf(publicKey.getEncoded());
        }

        Optional<Table> table(String name) {
            return tables.stream().filter(t -> t.name().equals(name)).findFirst();
        }
    }

    /** Receives the rows of a table, values in the manifest's column order. */
    @FunctionalInterface
    interface RowSink {
        void accept(Object[] row) throws Exception;
    }

    private final ZipFile zip;
    private final Manifest manifest;

    private BackupArchive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Opens {@code file} and checks it whole: signature, the entries, every table's count and hash, every value's
     * type. Close the archive when done.
     *
     * @throws BackupRefusedException when any check fails
     */
    public static BackupArchive check(Path file) {
        BackupArchive archive = open(file);
        try {
            for (Table t : archive.manifest.tables()) {
                archive.forEachRow(t.name(), row -> {
                });
            }
            return archive;
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /**
     * The manifest of {@code file} when it is a backup of this format whose signature matches its manifest; read
     * without the tables (anchors of the audit chain).
     */
    public static Optional<Manifest> manifestOf(Path file) {
        try (BackupArchive archive = open(file)) {
            return Optional.of(archive.manifest);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Opens the zip and reads its signed manifest; the tables are not read yet. */
    static BackupArchive open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NOT_A_BACKUP, "not a zip file", e);
        } catch (IOException e) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NOT_A_BACKUP, String.valueOf(
                    e.getMessage()), e);
        }
        try {
            Set<String> names = new HashSet<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                String name = en.nextElement().getName();
                if (!names.add(name)) {
                    throw refused(BackupRefusedException.Reason.CONTENT, "the entry " + name + " appears twice");
                }
            }
            if (!names.contains(MANIFEST)) {
                if (names.size() == 1 && names.iterator().next().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".sql")) {
                    throw refused(BackupRefusedException.Reason.OLD_SQL_FORMAT, names.iterator().next());
                }
                throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, "no " + MANIFEST);
            }
            byte[] manifestBytes = readSmall(zip, MANIFEST);
            byte[] signature;
            try {
                signature = Base64.getDecoder().decode(new String(readSmall(zip, SIGNATURE),
                        StandardCharsets.US_ASCII).strip());
            } catch (IllegalArgumentException e) {
                throw refused(BackupRefusedException.Reason.SIGNATURE, "the signature is not base64");
            }
            Manifest manifest = parse(manifestBytes);
            if (!DeviceIdentity.verify(manifest.publicKey(), manifestBytes, signature)) {
                throw refused(BackupRefusedException.Reason.SIGNATURE, "the signature does not match the manifest");
            }
            Set<String> expected = new HashSet<>(Set.of(MANIFEST, SIGNATURE));
            manifest.tables().forEach(t -> expected.add(t.entry()));
            if (!expected.equals(names)) {
                Set<String> odd = new HashSet<>(names);
                odd.removeAll(expected);
                Set<String> missing = new HashSet<>(expected);
                missing.removeAll(names);
                throw refused(BackupRefusedException.Reason.CONTENT, "entries not in the manifest " + odd
                        + ", missing " + missing);
            }
            return new BackupArchive(zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    /** Whether the manifest was signed with {@code key} (its signature was checked on opening). */
    public boolean signedBy(PublicKey key) {
        return java.util.Arrays.equals(manifest.publicKey().getEncoded(), key.getEncoded());
    }

    /**
     * The rows of one table by column name; for the small tables (accounts) that a restore must look at before it
     * builds anything.
     */
    public List<Map<String, Object>> rowsOf(String table) {
        Table t = manifest.table(table).orElseThrow(() -> refused(BackupRefusedException.Reason.SCHEMA,
                "no table " + table));
        List<Map<String, Object>> rows = new ArrayList<>();
        forEachRow(table, row -> {
            Map<String, Object> byName = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                byName.put(t.columns().get(i).name(), row[i]);
            }
            rows.add(byName);
        });
        return rows;
    }

    /**
     * Streams the rows of {@code table}, checking every value's type, then the row count and the hash of the bytes
     * read; a sink's failure ends the reading with it.
     */
    void forEachRow(String table, RowSink sink) {
        Table t = manifest.table(table).orElseThrow(() -> refused(BackupRefusedException.Reason.SCHEMA,
                "no table " + table));
        MessageDigest sha = sha256();
        long rows = 0;
        try (InputStream raw = zip.getInputStream(zip.getEntry(t.entry()));
             DigestInputStream in = new DigestInputStream(raw, sha);
             JsonParser p = JSON.createParser(in)) {
            int n = t.columns().size();
            for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
                rows++;
                if (tok != JsonToken.START_ARRAY) {
                    throw refused(BackupRefusedException.Reason.VALUE, table + " row " + rows + ": not an array");
                }
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.END_ARRAY || v == null) {
                        throw refused(BackupRefusedException.Reason.VALUE, table + " row " + rows + ": " + i
                                + " values for " + n + " columns");
                    }
                    try {
                        row[i] = t.columns().get(i).kind().read(p);
                    } catch (IllegalArgumentException e) {
                        throw refused(BackupRefusedException.Reason.VALUE, table + " row " + rows + ", column "
                                + t.columns().get(i).name() + ": " + e.getMessage());
                    }
                }
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    throw refused(BackupRefusedException.Reason.VALUE, table + " row " + rows + ": more than " + n
                            + " values");
                }
                if (rows > t.rows()) {
                    throw refused(BackupRefusedException.Reason.CONTENT, table + " has more rows than the "
                            + t.rows() + " of the manifest");
                }
                sink.accept(row);
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw refused(BackupRefusedException.Reason.VALUE, table + " row " + (rows + 1) + ": "
                    + e.getMessage(), e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot restore " + table + " row " + rows + ": " + e.getMessage(), e);
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (rows != t.rows() || !hash.equals(t.sha256())) {
            throw refused(BackupRefusedException.Reason.CONTENT, table + ": " + rows + " rows with hash " + hash
                    + ", the manifest says " + t.rows() + " rows with hash " + t.sha256());
        }
    }

    private static Manifest parse(byte[] bytes) {
        try {
            JsonNode m = new ObjectMapper(JSON).readTree(bytes);
            if (!FORMAT.equals(m.path("format").asText())) {
                throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, "format " + m.path("format").asText());
            }
            int version = m.path("formatVersion").asInt(-1);
            if (version > FORMAT_VERSION) {
                throw refused(BackupRefusedException.Reason.NEWER_VERSION, "format version " + version);
            }
            if (version != FORMAT_VERSION) {
                throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, "format version " + version);
            }
            JsonNode device = m.path("device");
            PublicKey key = DeviceIdentity.publicKeyOf(Base64.getDecoder().decode(text(device, "publicKey")));
            Optional<Head> head = Optional.empty();
            JsonNode h = m.path("auditHead");
            if (h.isObject()) {
                String hash = text(h, "hash");
                if (!hash.matches("[0-9a-f]{64}") || !h.path("id").canConvertToLong()) {
                    throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, "audit head");
                }
                head = Optional.of(new Head(h.path("id").asLong(), hash));
            }
            List<Table> tables = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode t : m.path("tables")) {
                String name = text(t, "name");
                if (!TABLE_NAME.matcher(name).matches() || !seen.add(name)) {
                    throw refused(BackupRefusedException.Reason.SCHEMA, "table name " + name);
                }
                List<Column> columns = new ArrayList<>();
                for (JsonNode c : t.path("columns")) {
                    String column = text(c, "name");
                    ColumnKind kind = ColumnKind.ofSqlType(text(c, "type")).orElseThrow(() -> refused(
                            BackupRefusedException.Reason.SCHEMA, name + "." + column + ": type " + c.path("type")));
                    columns.add(new Column(column, kind));
                }
                String sha = text(t, "sha256");
                if (columns.isEmpty() || !t.path("rows").canConvertToLong() || t.path("rows").asLong() < 0
                        || !sha.matches("[0-9a-f]{64}")) {
                    throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, "table " + name);
                }
                tables.add(new Table(name, List.copyOf(columns), t.path("rows").asLong(), sha));
            }
            return new Manifest(version, text(m, "schemaVersion"), Instant.parse(text(m, "createdAt")),
                    UUID.fromString(text(device, "id")), text(device, "name"), key, head, List.copyOf(tables));
        } catch (BackupRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, "manifest: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, "manifest field " + field);
        }
        return v.asText();
    }

    private static byte[] readSmall(ZipFile zip, String name) {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw refused(name.equals(SIGNATURE) ? BackupRefusedException.Reason.SIGNATURE
                    : BackupRefusedException.Reason.NOT_A_BACKUP, "no " + name);
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, name + " is too large");
            }
            return bytes;
        } catch (IOException ex) {
            throw refused(BackupRefusedException.Reason.NOT_A_BACKUP, name + ": " + ex.getMessage(), ex);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static BackupRefusedException refused(BackupRefusedException.Reason reason, String detail) {
        return new BackupRefusedException(reason, detail, null);
    }

    private static BackupRefusedException refused(BackupRefusedException.Reason reason, String detail, Throwable c) {
        return new BackupRefusedException(reason, detail, c);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read only; nothing to lose.
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
