package id.sinergi.infoharga.store;

import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap "schema is current" check that lets a start skip Flyway agrees with Flyway itself. */
class SchemaCurrencyTest {
    @TempDir
    Path dir;

    @Test
    void newestMigrationIsFlywaysNewest() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:currency", "sa", "");
        try {
            MigrationInfo[] all = Database.flyway(pool).load().info().all();
            String flywaysNewest = Arrays.stream(all).map(i -> i.getVersion().getVersion())
                    .map(SchemaCurrency::parse).max(SchemaCurrency::compare).map(Object::toString).orElseThrow();
            assertThat(SchemaCurrency.newestInApplication()).map(Object::toString).contains(flywaysNewest);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void currentOnlyWhenEveryMigrationRanAndNoneFailed() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("x"), "sa", "");
        try {
            try (Connection c = pool.getConnection()) {
                assertThat(SchemaCurrency.isCurrent(c)).as("no history table").isFalse();
            }
            Database.flyway(pool).load().migrate();
            try (Connection c = pool.getConnection()) {
                assertThat(SchemaCurrency.isCurrent(c)).as("migrated").isTrue();
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\""
                            + " = (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
                }
                assertThat(SchemaCurrency.isCurrent(c)).as("last migration failed").isFalse();
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"success\" = FALSE");
                }
                assertThat(SchemaCurrency.isCurrent(c)).as("last migration pending").isFalse();
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void versionsCompareAsFlywayDoes() {
        assertThat(SchemaCurrency.compare(SchemaCurrency.parse("10"), SchemaCurrency.parse("9"))).isPositive();
        assertThat(SchemaCurrency.compare(SchemaCurrency.parse("1.0"), SchemaCurrency.parse("1"))).isZero();
        assertThat(SchemaCurrency.compare(SchemaCurrency.parse("2_1"), SchemaCurrency.parse("2.0.5"))).isPositive();
        assertThat(SchemaCurrency.parse("53")).isEqualTo(List.of(BigInteger.valueOf(53)));
    }
}
