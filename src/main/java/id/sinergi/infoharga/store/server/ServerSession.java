package id.sinergi.infoharga.store.server;

import id.sinergi.infoharga.domain.sync.Change;
import id.sinergi.infoharga.domain.sync.ChangeId;
import id.sinergi.infoharga.domain.sync.Entity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * One connection to the central server as an account's own PostgreSQL role (DESIGN §10): what the server's
 * row-level security lets that role read and write, nothing more. Each push batch is its own server transaction.
 */
public final class ServerSession implements AutoCloseable {
    public static final String SCHEMA = "infoharga";
    private final Connection c;

    private ServerSession(Connection c) {
        this.c = c;
    }

    /** Connects as {@code user}; {@link ServerException} says why not. */
    public static ServerSession open(ServerUrl url, String user, char[] password) {
        return new ServerSession(connect(url, user, password));
    }

    static Connection connect(ServerUrl url, String user, char[] password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        p.setProperty("ApplicationName", "info-harga");
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "300");
        p.setProperty("tcpKeepAlive", "true");
        try {
            Connection c = DriverManager.getConnection(url.jdbc(), p);
            try (var s = c.createStatement()) {
                s.execute("SET search_path = " + SCHEMA);
            }
            return c;
        } catch (SQLException e) {
            throw ServerException.of(e);
        }
    }

    /** Where the role belongs. */
    public record Who(String regency, String username, String kind, UUID serverId) {
    }

    public Optional<Who> whoami() {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT regency_code, username, kind, server_id FROM whoami()");
                 ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Who(r.getString(1), r.getString(2), r.getString(3),
                        r.getObject(4, UUID.class))) : Optional.<Who>empty();
            }
        });
    }

    /** This server connection's backend process (a test ends it to cut the network). */
    public int backendPid() {
        return call(() -> {
            try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    /** Registers a device (or notes its sync); returns its status on the server. */
    public String registerDevice(String regency, UUID device, String name, byte[] publicKey, String fingerprint,
                                 boolean syncing) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT register_device(?, ?, ?, ?, ?, ?)")) {
                s.setString(1, regency);
                s.setObject(2, device);
                s.setString(3, name);
                s.setBytes(4, publicKey);
                s.setString(5, fingerprint);
                s.setBoolean(6, syncing);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }

    /** The highest sequence of {@code origin} the server holds, served or waiting (0 when none). */
    public long held(String regency, UUID origin) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(origin_seq), 0) FROM change"
                    + " WHERE regency_code = ? AND origin_device = ?")) {
                s.setString(1, regency);
                s.setObject(2, origin);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /**
     * Inserts a batch of changes in one server transaction; those the server holds already are left as they are
     * (pushing twice changes nothing). Returns how many were new there.
     */
    public int push(String regency, List<Change> batch) {
        return call(() -> {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO change (regency_code, origin_device, origin_seq,"
                    + " lamport, at_utc, user_name, entity, natural_key, value, base_device, base_seq)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSON), ?, ?)"
                    + " ON CONFLICT (regency_code, origin_device, origin_seq) DO NOTHING")) {
                for (Change ch : batch) {
                    s.setString(1, regency);
                    s.setObject(2, ch.id().device());
                    s.setLong(3, ch.id().seq());
                    s.setLong(4, ch.lamport());
                    s.setTimestamp(5, Timestamp.from(ch.at()));
                    s.setString(6, ch.user());
                    s.setString(7, ch.entity().wireName());
                    s.setString(8, ch.key());
                    s.setString(9, ch.value());
                    if (ch.base() == null) {
                        s.setNull(10, Types.OTHER);
                        s.setNull(11, Types.BIGINT);
                    } else {
                        s.setObject(10, ch.base().device());
                        s.setLong(11, ch.base().seq());
                    }
                    s.addBatch();
                }
                int fresh = 0;
                for (int n : s.executeBatch()) {
                    fresh += Math.max(n, 0);
                }
                c.commit();
                return fresh;
            } catch (SQLException e) {
                rollbackQuietly();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private static final String COLUMNS = "SELECT server_seq, origin_device, origin_seq, lamport, at_utc, user_name,"
            + " entity, natural_key, value::TEXT, base_device, base_seq FROM change";

    /** The served changes after {@code after} in the server's order, other devices' only, at most {@code limit}. */
    public List<Served> pull(String regency, long after, UUID self, int limit) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS
                    + " WHERE regency_code = ? AND server_seq > ? AND origin_device <> ? ORDER BY server_seq LIMIT ?")) {
                s.setString(1, regency);
                s.setLong(2, after);
                s.setObject(3, self);
                s.setInt(4, limit);
                return served(s);
            }
        });
    }

    /** The served changes of one origin with sequences in (after, upTo], in sequence order. */
    public List<Served> range(String regency, UUID origin, long after, long upTo) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE regency_code = ? AND origin_device = ?"
                    + " AND origin_seq > ? AND origin_seq <= ? AND server_seq IS NOT NULL ORDER BY origin_seq")) {
                s.setString(1, regency);
                s.setObject(2, origin);
                s.setLong(3, after);
                s.setLong(4, upTo);
                return served(s);
            }
        });
    }

    private static List<Served> served(PreparedStatement s) throws SQLException {
        List<Served> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                UUID base = r.getObject(10, UUID.class);
                String wire = r.getString(7);
                Entity entity = Entity.ofWireName(wire).orElseThrow(() -> new ServerException(
                        ServerException.Kind.OTHER, "unknown entity on the server: " + wire, null));
                out.add(new Served(r.getLong(1), new Change(new ChangeId(r.getObject(2, UUID.class), r.getLong(3)),
                        r.getLong(4), r.getTimestamp(5).toInstant(), r.getString(6), entity, r.getString(8),
                        r.getString(9), base == null ? null : new ChangeId(base, r.getLong(11)))));
            }
        }
        return out;
    }

    /** The served changes after {@code after} of other devices (what a pull would still bring). */
    public long servedAfter(String regency, long after, UUID self) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM change WHERE regency_code = ?"
                    + " AND server_seq > ? AND origin_device <> ?")) {
                s.setString(1, regency);
                s.setLong(2, after);
                s.setObject(3, self);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** The regency's devices with their changes served and waiting (an administrator sees all of them). */
    public List<ServerDevice> devices(String regency) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT d.device_id, d.name, d.public_key, d.fingerprint,"
                    + " d.status, d.registered_by, d.last_sync_at, d.last_sync_user,"
                    + " (SELECT count(*) FROM change c WHERE c.regency_code = d.regency_code"
                    + "   AND c.origin_device = d.device_id AND c.server_seq IS NOT NULL),"
                    + " (SELECT count(*) FROM change c WHERE c.regency_code = d.regency_code"
                    + "   AND c.origin_device = d.device_id AND c.server_seq IS NULL)"
                    + " FROM device d WHERE d.regency_code = ? ORDER BY d.status <> 'pending', d.name, d.device_id")) {
                s.setString(1, regency);
                List<ServerDevice> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Timestamp last = r.getTimestamp(7);
                        out.add(new ServerDevice(r.getObject(1, UUID.class), r.getString(2), r.getBytes(3),
                                r.getString(4), r.getString(5), r.getString(6), last == null ? null : last.toInstant(),
                                r.getString(8), r.getLong(9), r.getLong(10)));
                    }
                }
                return out;
            }
        });
    }

    /** An administrator accepts a device; returns how many of its waiting changes are served from now on. */
    public long accept(String regency, UUID device) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT accept_device(?, ?)")) {
                s.setString(1, regency);
                s.setObject(2, device);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolled back itself
        }
    }

    interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T call(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw ServerException.of(e);
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a connection that failed: nothing left to release
        }
    }
}
