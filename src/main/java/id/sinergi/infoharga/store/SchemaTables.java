package id.sinergi.infoharga.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of the schema as H2's {@code INFORMATION_SCHEMA} describes them (never a list kept by hand: other
 * parts of the application add tables), in an order where every table comes after the tables it refers to.
 * Flyway's own history is not data and is left out.
 */
final class SchemaTables {
    /** One column with its SQL type, and whether the database numbers it itself (an identity). */
    record Column(String name, String sqlType, boolean identity) {
    }

    /** One table: columns in their order. */
    record Table(String name, List<Column> columns) {
    }

    private SchemaTables() {
    }

    /** Every table of the application's schema, parents before children. */
    static List<Table> read(Connection c) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.IS_IDENTITY"
                + " FROM INFORMATION_SCHEMA.TABLES t JOIN INFORMATION_SCHEMA.COLUMNS c"
                + " ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME"
                + " WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_TYPE = 'BASE TABLE'"
                + " ORDER BY t.TABLE_NAME, c.ORDINAL_POSITION");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (table.equalsIgnoreCase("flyway_schema_history")) {
                    continue;
                }
                columns.computeIfAbsent(table, k -> new ArrayList<>()).add(new Column(rs.getString(2),
                        rs.getString(3), "YES".equals(rs.getString(4))));
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT fk.TABLE_NAME, pk.TABLE_NAME"
                + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r"
                + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk ON fk.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA"
                + " AND fk.CONSTRAINT_NAME = r.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk ON pk.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA"
                + " AND pk.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME"
                + " WHERE r.CONSTRAINT_SCHEMA = 'PUBLIC'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : columns.keySet()) {
            place(name, columns, parents, placed, visiting, ordered);
        }
        return ordered;
    }

    private static void place(String name, Map<String, List<Column>> columns, Map<String, Set<String>> parents,
                              Set<String> placed, Set<String> visiting, List<Table> ordered) {
        if (placed.contains(name) || !columns.containsKey(name) || !visiting.add(name)) {
            return;
        }
        for (String parent : parents.getOrDefault(name, Set.of())) {
            place(parent, columns, parents, placed, visiting, ordered);
        }
        visiting.remove(name);
        placed.add(name);
        ordered.add(new Table(name, List.copyOf(columns.get(name))));
    }

    /** The name as the backup writes it: lower case, as the migrations spell it. */
    static String external(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** An identifier of the schema, quoted for SQL; only names read from {@code INFORMATION_SCHEMA} come here. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
