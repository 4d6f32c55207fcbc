package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.store.server.ServerUrl;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL named by {@code INFO_HARGA_TEST_PG_URL} (set by .ci/run), dropped with
 * its login roles afterwards. Without the variable the test is skipped with a message naming it, never silently.
 */
public final class TestServer implements AutoCloseable {
    public static final String VARIABLE = "INFO_HARGA_TEST_PG_URL";
    private final ServerUrl base;
    public final String database;
    /** The new database as its superuser (the URL's user) reaches it. */
    public final ServerUrl url;

    private TestServer(ServerUrl base, String database) {
        this.base = base;
        this.database = database;
        this.url = new ServerUrl(base.host(), base.port(), database, base.params());
    }

    public static TestServer create() {
        String text = System.getenv(VARIABLE);
        Assumptions.assumeTrue(text != null && !text.isBlank(), "server tests skipped: set " + VARIABLE
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run them against PostgreSQL");
        ServerUrl base = ServerUrl.parse(text);
        String db = "ihtest_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = connect(base); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + base + ": " + e.getMessage(), e);
        }
        return new TestServer(base, db);
    }

    /** The superuser's own connection to the test database (plain JDBC, bypassing the app). */
    public Connection superuser() throws SQLException {
        return connect(url);
    }

    /** A plain JDBC connection as {@code role} (passwords are not checked by the local server's trust rule). */
    public Connection as(String role, String password) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", role);
        props.setProperty("password", password);
        Connection c = DriverManager.getConnection(new ServerUrl(url.host(), url.port(), database, Map.of()).jdbc(),
                props);
        try (var s = c.createStatement()) {
            s.execute("SET search_path = infoharga");
        }
        return c;
    }

    /** Ends every connection of {@code role}, or of the application, to this database (a cut network). */
    public int terminate(int pid) {
        try (Connection c = superuser(); var s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            s.setInt(1, pid);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1) ? 1 : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(ServerUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbc());
    }

    @Override
    public void close() {
        try (Connection c = connect(base); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            List<String> roles = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE 'ih\\_"
                    + database.toLowerCase(Locale.ROOT) + "\\_%'")) {
                while (r.next()) {
                    roles.add(r.getString(1));
                }
            }
            // Members first, then the two group roles.
            roles.sort(java.util.Comparator.comparing(n -> n.endsWith("_app") || n.endsWith("_reader")));
            for (String role : roles) {
                s.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + database + ": " + e.getMessage(), e);
        }
    }
}
