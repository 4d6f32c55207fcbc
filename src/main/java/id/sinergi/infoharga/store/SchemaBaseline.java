package id.sinergi.infoharga.store;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A brand-new database made in one step: {@code db/baseline/schema-v<N>.sql} is H2's own script of a database
 * that Flyway migrated from nothing to version N — tables, indexes, the reference data and Flyway's history —
 * and running it gives the same database (SchemaBaselineTest compares the two), without loading Flyway and
 * replaying every migration (half of the first start in a new folder, issue 16). It is used only when N is the
 * newest migration this application brings: a baseline left behind by a new migration is ignored and Flyway
 * does the work, as it does for every folder that has data.
 */
final class SchemaBaseline {
    static final String FOLDER = "db/baseline/";

    private SchemaBaseline() {
    }

    /** The script's resource name for the given version. */
    static String resource(List<BigInteger> version) {
        return FOLDER + "schema-v" + version.stream().map(BigInteger::toString).collect(Collectors.joining(".")) + ".sql";
    }

    /**
     * Creates the whole schema in {@code c} when the database has no table yet and there is a baseline for the
     * newest migration; false (nothing changed) otherwise. A script that fails half-way is undone, so that Flyway
     * then starts from an empty database as before.
     */
    static boolean createIfNew(Connection c) throws SQLException {
        Optional<List<BigInteger>> newest = SchemaCurrency.newestInApplication();
        if (newest.isEmpty() || !isEmpty(c)) {
            return false;
        }
        String name = resource(newest.get());
        if (SchemaBaseline.class.getClassLoader().getResource(name) == null) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/" + name + "'");
            // The history says when this folder's schema was made, as Flyway's own run would.
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"installed_on\" = CURRENT_TIMESTAMP");
        } catch (SQLException e) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
            return false;
        }
        return true;
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", null, null)) {
            return !tables.next();
        }
    }
}
