package id.sinergi.infoharga.store.server;

import id.sinergi.infoharga.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Row-level security on the central server, with plain JDBC as each account's own role (the app bypassed, as a
 * modified client would): PostgreSQL itself refuses an officer's price of another market, an officer's master
 * data and another user's change; two regencies on one server never see each other's rows; a reporting role
 * reads the current-state tables of its regency and nothing of the change log.
 */
class ServerRowSecurityTest {
    static final String PASSWORD = "Pw0123456789abcdef";
    TestServer server;
    final UUID office = UUID.fromString("00000000-0000-4000-8000-000000000001");
    final UUID raya = UUID.fromString("00000000-0000-4000-8000-000000000002");
    final UUID jombang = UUID.fromString("00000000-0000-4000-8000-000000000003");
    String kepala;
    String budi;
    String reader;
    String kepalaJombang;

    @BeforeEach
    void setUp() {
        server = TestServer.create();
        try (ServerOwner owner = ServerOwner.open(server.url, "postgres", null)) {
            assertThat(owner.migrate()).isEqualTo(1);
            owner.ensureRegency("mojokerto", "Kabupaten Mojokerto");
            owner.ensureRegency("jombang", "Kabupaten Jombang");
            kepala = role(owner, "mojokerto", "kepala", "admin", List.of(), List.of());
            budi = role(owner, "mojokerto", "budi", "officer", List.of("RAYA-MJS"), List.of("WLD-RAYA-MJS"));
            kepalaJombang = role(owner, "jombang", "kepala", "admin", List.of(), List.of());
            reader = owner.accountRole("mojokerto", "dasbor");
            owner.loginRole(reader, PASSWORD, owner.readerRole());
            owner.account("mojokerto", "dasbor", reader, "reader", List.of(), List.of());
            owner.acceptedDevice("mojokerto", office, "Laptop Kantor", null, null, "kepala");
            owner.acceptedDevice("mojokerto", raya, "Laptop Raya", null, null, "kepala");
            owner.acceptedDevice("jombang", jombang, "Laptop Jombang", null, null, "kepala");
        }
    }

    private static String role(ServerOwner owner, String regency, String user, String kind, List<String> markets,
                               List<String> outlets) {
        String role = owner.accountRole(regency, user);
        owner.loginRole(role, PASSWORD, owner.appRole());
        owner.account(regency, user, role, kind, markets, outlets);
        return role;
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.close();
        }
    }

    private static void insert(Connection c, String regency, UUID device, long seq, String user, String entity,
                               String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO change (regency_code, origin_device, origin_seq,"
                + " lamport, at_utc, user_name, entity, natural_key, value) VALUES (?, ?, ?, ?, now(), ?, ?, ?,"
                + " CAST(? AS JSON))")) {
            s.setString(1, regency);
            s.setObject(2, device);
            s.setLong(3, seq);
            s.setLong(4, seq);
            s.setString(5, user);
            s.setString(6, entity);
            s.setString(7, key);
            s.setString(8, value);
            s.executeUpdate();
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    line.append(i > 1 ? " " : "").append(r.getString(i));
                }
                out.add(line.toString());
            }
        }
        return out;
    }

    @Test
    void postgresRefusesAnOfficersChangeOutsideTheirMarketsWhateverTheClient() throws SQLException {
        try (Connection c = server.as(budi, PASSWORD)) {
            insert(c, "mojokerto", raya, 1, "budi", "price", "RAYA-MJS|BERAS-MEDIUM|2026-11-30", "{\"p\":13000}");
            assertThatThrownBy(() -> insert(c, "mojokerto", raya, 2, "budi", "price",
                    "DINOYO|BERAS-MEDIUM|2026-11-30", "{\"p\":12000}"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> insert(c, "mojokerto", raya, 2, "budi", "market", "DINOYO",
                    "{\"name\":\"Pasar Dinoyo\",\"active\":false}")).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> insert(c, "mojokerto", raya, 2, "kepala", "price",
                    "RAYA-MJS|GULA-PASIR|2026-11-30", "{\"p\":17000}")).as("another user's name")
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> insert(c, "mojokerto", raya, 2, "budi", "stock",
                    UUID.randomUUID().toString(), "{\"o\":\"WLD-DINOYO\",\"c\":\"BERAS-SPHP\",\"d\":\"2026-11-30\","
                            + "\"k\":\"RECEIPT\",\"q\":\"5\"}")).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> insert(c, "jombang", raya, 2, "budi", "price",
                    "RAYA-MJS|GULA-PASIR|2026-11-30", "{\"p\":17000}")).as("another regency")
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> insert(c, "mojokerto", raya, 2, "budi", "account", "budi",
                    "{\"role\":\"ADMIN\",\"active\":true,\"hash\":\"x\",\"hashAt\":1}")).as("own role raised")
                    .hasMessageContaining("row-level security");
            // Their own outlet's stock and their own password are theirs to write.
            insert(c, "mojokerto", raya, 2, "budi", "stock", "6f1c2f0e-6a43-4c9e-9d0e-2f7e1c3b5a10",
                    "{\"o\":\"WLD-RAYA-MJS\",\"c\":\"BERAS-SPHP\",\"d\":\"2026-11-30\",\"k\":\"RECEIPT\",\"q\":\"500\"}");
            insert(c, "mojokerto", raya, 3, "budi", "account", "budi",
                    "{\"role\":\"OFFICER\",\"active\":true,\"hash\":\"x\",\"hashAt\":1}");
            assertThat(rows(c, "SELECT count(*) FROM change")).containsExactly("3");
        }
        try (Connection c = server.as(kepala, PASSWORD)) {
            // The office relays anyone's changes and writes master data.
            insert(c, "mojokerto", office, 1, "kepala", "market", "DINOYO",
                    "{\"name\":\"Pasar Dinoyo\",\"kecamatan\":\"Jatirejo\",\"active\":true}");
            insert(c, "mojokerto", raya, 4, "budi", "price", "RAYA-MJS|GULA-PASIR|2026-11-30", "{\"p\":17500}");
        }
        try (Connection c = server.superuser()) {
            assertThat(rows(c, "SELECT market_code, commodity_code, price_date, price_rp FROM infoharga.price"
                    + " ORDER BY 2")).containsExactly("RAYA-MJS BERAS-MEDIUM 2026-11-30 13000",
                    "RAYA-MJS GULA-PASIR 2026-11-30 17500");
            assertThat(rows(c, "SELECT outlet_code, quantity FROM infoharga.stock_movement"))
                    .containsExactly("WLD-RAYA-MJS 500");
            assertThat(rows(c, "SELECT market_code, name, kecamatan, active FROM infoharga.market"))
                    .containsExactly("DINOYO Pasar Dinoyo Jatirejo t");
        }
    }

    @Test
    void twoRegenciesOnOneServerNeverSeeEachOthersRows() throws SQLException {
        try (Connection c = server.as(kepala, PASSWORD)) {
            insert(c, "mojokerto", office, 1, "kepala", "price", "RAYA-MJS|BERAS-MEDIUM|2026-11-30", "{\"p\":13000}");
        }
        try (Connection c = server.as(kepalaJombang, PASSWORD)) {
            insert(c, "jombang", jombang, 1, "kepala", "price", "PETERONGAN|BERAS-MEDIUM|2026-11-30",
                    "{\"p\":12500}");
            assertThatThrownBy(() -> insert(c, "mojokerto", office, 2, "kepala", "price",
                    "RAYA-MJS|GULA-PASIR|2026-11-30", "{\"p\":1}")).hasMessageContaining("row-level security");
            for (String table : List.of("change", "price", "device", "account", "regency")) {
                assertThat(rows(c, "SELECT DISTINCT regency_code FROM " + table)).as(table)
                        .containsExactly("jombang");
            }
        }
        try (Connection c = server.as(budi, PASSWORD)) {
            for (String table : List.of("change", "price", "device", "account", "regency")) {
                assertThat(rows(c, "SELECT DISTINCT regency_code FROM " + table)).as(table)
                        .containsExactly("mojokerto");
            }
            assertThat(rows(c, "SELECT price_rp FROM price")).containsExactly("13000");
        }
        try (Connection c = server.as(reader, PASSWORD)) {
            assertThat(rows(c, "SELECT market_code, price_rp FROM price")).containsExactly("RAYA-MJS 13000");
            assertThatThrownBy(() -> rows(c, "SELECT * FROM change")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> insert(c, "mojokerto", office, 2, "kepala", "price",
                    "RAYA-MJS|GULA-PASIR|2026-11-30", "{\"p\":1}")).hasMessageContaining("permission denied");
        }
    }
}
