package id.sinergi.infoharga.store.migration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads the reference data of Kabupaten Mojokerto from {@code seed/*.csv} once, on the first run. Later edits
 * happen through the application; this migration never runs again on the same folder.
 */
public class V2__Reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        for (CSVRecord r : read("markets.csv")) {
            update(c, "INSERT INTO market (code, name, kecamatan, market_type) VALUES (?, ?, ?, ?)",
                    r.get("code"), r.get("name"), blankToNull(r.get("kecamatan")), blankToNull(r.get("market_type")));
        }
        for (CSVRecord r : read("groups.csv")) {
            update(c, "INSERT INTO commodity_group (code, name, weight, volatile_group) VALUES (?, ?, ?, ?)",
                    r.get("code"), r.get("name"), new BigDecimal(r.get("weight")),
                    Boolean.parseBoolean(r.get("volatile")));
        }
        int order = 0;
        for (CSVRecord r : read("commodities.csv")) {
            order += 10;
            update(c, "INSERT INTO commodity (code, name, variant, unit, group_id, sort_order) VALUES (?, ?, ?, ?, ?, ?)",
                    r.get("code"), r.get("name"), blankToNull(r.get("variant")), r.get("unit"),
                    idOf(c, "commodity_group", r.get("group")), order);
        }
        for (CSVRecord r : read("reference_prices.csv")) {
            update(c, "INSERT INTO reference_price (commodity_id, kind, low_rp, high_rp, regulation, valid_from, valid_to)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    idOf(c, "commodity", r.get("commodity")), r.get("kind"),
                    r.get("low_rp").isBlank() ? null : Long.valueOf(r.get("low_rp")), Long.valueOf(r.get("high_rp")),
                    r.get("regulation"), Date.valueOf(LocalDate.parse(r.get("valid_from"))),
                    r.get("valid_to").isBlank() ? null : Date.valueOf(LocalDate.parse(r.get("valid_to"))));
        }
        for (CSVRecord r : read("outlets.csv")) {
            update(c, "INSERT INTO outlet (code, name, market_id, address) VALUES (?, ?, ?, ?)",
                    r.get("code"), r.get("name"), idOf(c, "market", r.get("market")), r.get("address"));
        }
    }

    private static List<CSVRecord> read(String name) throws IOException {
        InputStream in = V2__Reference_data.class.getResourceAsStream("/seed/" + name);
        if (in == null) {
            throw new IOException("missing seed file " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int idOf(Connection c, String table, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("seed data names unknown " + table + " " + code);
                }
                return rs.getInt(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            ps.executeUpdate();
        }
    }
}
