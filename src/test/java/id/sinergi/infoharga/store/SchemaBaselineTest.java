package id.sinergi.infoharga.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new folder's database made from the baseline script is the database Flyway makes by running every migration.
 * When a new migration is added, {@link #baselineIsTheScriptOfTheMigratedSchema()} fails until the script is
 * written again: {@code ./mvnw -q test -Dtest=SchemaBaselineTest -Dbaseline.write=true} (until then new folders
 * are made by Flyway, as slowly as before, never wrongly).
 */
class SchemaBaselineTest {
    @TempDir
    Path dir;

    @Test
    void baselineIsTheScriptOfTheMigratedSchema() throws Exception {
        List<BigInteger> newest = SchemaCurrency.newestInApplication().orElseThrow();
        String expected = scriptOfMigratedDatabase();
        Path source = Path.of("src/main/resources", SchemaBaseline.resource(newest));
        if (Boolean.getBoolean("baseline.write")) {
            try (var old = Files.newDirectoryStream(source.getParent(), "schema-v*.sql")) {
                for (Path p : old) {
                    Files.delete(p);
                }
            }
            Files.writeString(source, expected, StandardCharsets.UTF_8);
        }
        assertThat(resource(SchemaBaseline.resource(newest)))
                .as("db/baseline has no script for the newest migration V%s, or an outdated one: run "
                        + "./mvnw -q test -Dtest=SchemaBaselineTest -Dbaseline.write=true", newest)
                .isEqualTo(expected);
    }

    @Test
    void aNewFolderFromTheBaselineIsIdenticalToOneMigratedByFlyway() throws Exception {
        Path viaFlyway = dir.resolve("flyway");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(viaFlyway), "sa", "");
        try {
            Database.flyway(pool).load().migrate();
        } finally {
            pool.dispose();
        }
        Path viaBaseline = dir.resolve("baseline");
        JdbcConnectionPool made = JdbcConnectionPool.create(databaseUrl(viaBaseline), "sa", "");
        try (Connection c = made.getConnection()) {
            assertThat(SchemaBaseline.createIfNew(c)).as("made from the baseline, not by Flyway (no baseline for the"
                    + " newest migration? ./mvnw -q test -Dtest=SchemaBaselineTest -Dbaseline.write=true)").isTrue();
        } finally {
            made.dispose();
        }
        // And opened as every folder is (it finds the schema current).
        Database.open(viaBaseline).close();

        try (Connection flyway = connect(viaFlyway); Connection baseline = connect(viaBaseline)) {
            for (String query : List.of(
                    "SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " ORDER BY TABLE_NAME",
                    "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
                            + " NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,"
                            + " IDENTITY_GENERATION, IDENTITY_START, IDENTITY_INCREMENT, IDENTITY_BASE"
                            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " ORDER BY TABLE_NAME, ORDINAL_POSITION",
                    // Indexes by table, kind and columns. The one difference between the two databases: H2
                    // names the index behind each constraint itself when the constraint is made (its script
                    // names the constraint, not that index), so those names are compared as such; no SQL of
                    // this application names them.
                    "SELECT I.TABLE_NAME, I.INDEX_TYPE_NAME, LISTAGG(C.COLUMN_NAME || ' '"
                            + " || C.ORDERING_SPECIFICATION || ' ' || C.NULL_ORDERING, ',')"
                            + " WITHIN GROUP (ORDER BY C.ORDINAL_POSITION) AS COLS,"
                            + " CASE WHEN EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS T"
                            + " WHERE T.INDEX_SCHEMA = 'PUBLIC' AND T.INDEX_NAME = I.INDEX_NAME)"
                            + " THEN '(the index of a constraint)' ELSE I.INDEX_NAME END AS NAME"
                            + " FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C"
                            + " ON C.INDEX_SCHEMA = I.INDEX_SCHEMA AND C.INDEX_NAME = I.INDEX_NAME"
                            + " WHERE I.TABLE_SCHEMA = 'PUBLIC' GROUP BY I.TABLE_NAME, I.INDEX_TYPE_NAME, I.INDEX_NAME"
                            + " ORDER BY 1, 2, 3, 4",
                    "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME IS NULL ORDER BY 1, 2",
                    "SELECT CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_NAME, ENFORCED"
                            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME",
                    "SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION"
                            + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
                    "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
                            + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'PUBLIC'"
                            + " ORDER BY CONSTRAINT_NAME",
                    "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
                            + " WHERE CONSTRAINT_SCHEMA = 'PUBLIC' ORDER BY CONSTRAINT_NAME",
                    "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT, BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES"
                            + " WHERE SEQUENCE_SCHEMA = 'PUBLIC' ORDER BY SEQUENCE_NAME",
                    // The database's settings; not the statistics of the file as written.
                    "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                            + " WHERE SETTING_NAME NOT LIKE 'info.%' ORDER BY SETTING_NAME")) {
                assertThat(rows(baseline, query)).as(query).isEqualTo(rows(flyway, query));
            }
            // Every row of every table, the history without its time and duration.
            for (String table : tableNames(flyway)) {
                String query = table.equals("flyway_schema_history")
                        ? "SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                        + " \"installed_by\", \"success\" FROM \"flyway_schema_history\" ORDER BY 1"
                        : "SELECT * FROM \"" + table + "\" ORDER BY 1";
                assertThat(rows(baseline, query)).as(table).isEqualTo(rows(flyway, query));
            }
            // The same identity values come next.
            assertThat(identityNext(baseline)).isEqualTo(identityNext(flyway));
        }
        // Flyway itself takes the baseline's history for its own: nothing pending, every checksum valid.
        JdbcConnectionPool check = JdbcConnectionPool.create(databaseUrl(viaBaseline), "sa", "");
        try {
            Flyway flyway = Database.flyway(check).load();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        } finally {
            check.dispose();
        }
    }

    @Test
    void aFolderWithTablesIsLeftToFlyway() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir.resolve("x")), "sa", "");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE something (id INT)");
            assertThat(SchemaBaseline.createIfNew(c)).isFalse();
            assertThat(tableNames(c)).containsExactly("SOMETHING");
        } finally {
            pool.dispose();
        }
    }

    private String scriptOfMigratedDatabase() throws SQLException {
        Path folder = dir.resolve("reference");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), "sa", "");
        try {
            Database.flyway(pool).load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                // The history's times are those of this run; the baseline sets its own when it is run.
                s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"installed_on\" = TIMESTAMP '2000-01-01 00:00:00',"
                        + " \"execution_time\" = 0");
                StringBuilder script = new StringBuilder("-- H2's script of a database migrated by Flyway from"
                        + " nothing; written by SchemaBaselineTest (-Dbaseline.write=true). Do not edit.\n");
                try (ResultSet r = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                    while (r.next()) {
                        String line = r.getString(1);
                        // The account is the one every connection opens with, made by H2 itself.
                        if (!line.startsWith("CREATE USER ")) {
                            script.append(line).append('\n');
                        }
                    }
                }
                return script.toString();
            }
        } finally {
            pool.dispose();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaBaselineTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A database opened as Database opens its file. */
    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /** The file Database.open makes in {@code folder}. */
    private static String databaseUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.FILE_NAME) + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    private static Connection connect(Path folder) throws SQLException {
        return java.sql.DriverManager.getConnection(
                folder.getFileName().toString().equals("baseline") ? databaseUrl(folder) : url(folder), "sa", "");
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        for (List<Object> row : rows(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " ORDER BY TABLE_NAME")) {
            names.add((String) row.get(0));
        }
        return names;
    }

    private static List<List<Object>> identityNext(Connection c) throws SQLException {
        return rows(c, "SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES' ORDER BY TABLE_NAME");
    }

    private static List<List<Object>> rows(Connection c, String query) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
