package id.sinergi.infoharga.store.server;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The central server as its owner sees it (the role that runs {@code server init}, e.g. {@code postgres} or the
 * database's owner): the schema and its migrations, regencies, and one PostgreSQL login role per account. Its
 * password is asked each time and never kept.
 */
public final class ServerOwner implements AutoCloseable {
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_]{2,62}");
    private final ServerUrl url;
    private final String user;
    private final char[] password;
    private final Connection c;
    private final String database;

    private ServerOwner(ServerUrl url, String user, char[] password, Connection c, String database) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.c = c;
        this.database = database;
    }

    public static ServerOwner open(ServerUrl url, String user, char[] password) {
        Connection c = ServerSession.connect(url, user, password);
        try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_database()")) {
            r.next();
            return new ServerOwner(url, user, password, c, r.getString(1));
        } catch (SQLException e) {
            throw ServerException.of(e);
        }
    }

    /** The group role of this database's accounts ("ih_DB_app") and of its reporting tools ("ih_DB_reader"). */
    public String appRole() {
        return prefix() + "app";
    }

    public String readerRole() {
        return prefix() + "reader";
    }

    /** An account's own login role: "ih_DB_REGENCY_USER" (PostgreSQL roles belong to the whole cluster). */
    public String accountRole(String regency, String username) {
        return roleName(database, regency, username);
    }

    /** The login role of {@code username} of {@code regency} on database {@code database}. */
    public static String roleName(String database, String regency, String username) {
        String role = "ih_" + clean(database) + "_" + clean(regency) + "_" + clean(username);
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("role name too long: " + role);
        }
        return role;
    }

    private String prefix() {
        return "ih_" + clean(database) + "_";
    }

    private static String clean(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return s.length() > 20 ? s.substring(0, 20) : s;
    }

    /** Creates or brings up to date the server schema (Flyway, db/server, its own history table). */
    public int migrate() {
        try {
            return Flyway.configure().dataSource(url.jdbc(), user, password == null ? null : new String(password))
                    .schemas(ServerSession.SCHEMA).defaultSchema(ServerSession.SCHEMA).createSchemas(true)
                    .table("server_schema_history").locations("classpath:db/server")
                    .placeholders(Map.of("schema", ServerSession.SCHEMA, "app_role", appRole(),
                            "reader_role", readerRole()))
                    .load().migrate().migrationsExecuted;
        } catch (FlywayException e) {
            Throwable t = e;
            while (t != null && !(t instanceof SQLException)) {
                t = t.getCause();
            }
            if (t instanceof SQLException sql) {
                throw ServerException.of(sql);
            }
            throw new ServerException(ServerException.Kind.OTHER, e.getMessage(), e);
        }
    }

    /** The regency's id on this server, created the first time. */
    public UUID ensureRegency(String code, String name) {
        return call(() -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO regency (regency_code, name, server_id)"
                    + " VALUES (?, ?, ?) ON CONFLICT (regency_code) DO NOTHING")) {
                s.setString(1, code);
                s.setString(2, name);
                s.setObject(3, UUID.randomUUID());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT server_id FROM regency WHERE regency_code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getObject(1, UUID.class);
                }
            }
        });
    }

    /**
     * Gives {@code role} a login with {@code password} (created, or its password replaced), member of {@code group}.
     * Both are checked names and the password is letters and digits only, so they can stand in the statement.
     */
    public void loginRole(String role, String password, String group) {
        if (!ROLE.matcher(role).matches() || !ROLE.matcher(group).matches() || !password.matches("[A-Za-z0-9]{16,64}")) {
            throw new IllegalArgumentException("unsafe role or password");
        }
        call(() -> {
            boolean exists;
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                s.setString(1, role);
                try (ResultSet r = s.executeQuery()) {
                    exists = r.next();
                }
            }
            try (var s = c.createStatement()) {
                s.execute((exists ? "ALTER" : "CREATE") + " ROLE \"" + role + "\" LOGIN NOINHERIT PASSWORD '"
                        + password + "'");
                // NOINHERIT would hide the group's grants: the account's role inherits them explicitly.
                s.execute("ALTER ROLE \"" + role + "\" INHERIT");
                s.execute("GRANT \"" + group + "\" TO \"" + role + "\"");
            }
            return null;
        });
    }

    /** The account of a role: its kind (officer, analyst, admin, reader), markets and outlets by code. */
    public void account(String regency, String username, String role, String kind, List<String> markets,
                        List<String> outlets) {
        call(() -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO account (regency_code, username, role_name,"
                    + " kind, markets, outlets) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (regency_code, username)"
                    + " DO UPDATE SET role_name = EXCLUDED.role_name, kind = EXCLUDED.kind,"
                    + " markets = EXCLUDED.markets, outlets = EXCLUDED.outlets, active = TRUE")) {
                s.setString(1, regency);
                s.setString(2, username);
                s.setString(3, role);
                s.setString(4, kind);
                s.setArray(5, c.createArrayOf("text", markets.toArray()));
                s.setArray(6, c.createArrayOf("text", outlets.toArray()));
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Registers a device as accepted by {@code by} (the device that runs {@code server init}). */
    public void acceptedDevice(String regency, UUID device, String name, byte[] publicKey, String fingerprint,
                               String by) {
        call(() -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO device (regency_code, device_id, name,"
                    + " public_key, fingerprint, status, registered_by, decided_by, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'accepted', ?, ?, now()) ON CONFLICT (regency_code, device_id)"
                    + " DO UPDATE SET status = 'accepted', decided_by = EXCLUDED.decided_by, decided_at = now()")) {
                s.setString(1, regency);
                s.setObject(2, device);
                s.setString(3, name);
                s.setBytes(4, publicKey);
                s.setString(5, fingerprint);
                s.setString(6, by);
                s.setString(7, by);
                s.executeUpdate();
            }
            return null;
        });
    }

    public String database() {
        return database;
    }

    private <T> T call(ServerSession.Sql<T> work) {
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
            // nothing left to release
        }
    }
}
