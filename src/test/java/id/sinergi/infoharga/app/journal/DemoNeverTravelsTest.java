package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.DemoDataService;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data (issue 15) and the change log (issue 13) agree: generating it writes no change, so no package carries
 * it; a price someone enters over a demo price is a change like any other and outlives the demo's removal; removing
 * the demo deletes only rows no change wrote, so every change of a price still has its row (nothing dangles) and
 * the folder's checks hold.
 */
class DemoNeverTravelsTest {
    static final LocalDate UNTIL = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    @Test
    void demoDataWritesNoChangeAndItsRemovalLeavesEveryChangeItsRow() {
        MutableClock clock = new MutableClock(Instant.parse("2025-07-01T02:00:00Z"));
        Path folder = dir.resolve("demo");
        try (Laptop office = new Laptop(folder, "Laptop Kantor", clock);
             Laptop other = new Laptop(dir.resolve("lain"), "Laptop Lain", clock)) {
            office.context.accounts().createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
            Actor kepala = office.login("kepala");
            long changes = changes(office);
            var demo = office.context.demo().generate(kepala, new DemoDataService.DemoRequest(1, 1, 7, UNTIL),
                    line -> { });
            assertThat(demo.priceRows()).isPositive();
            assertThat(office.context.demo().present()).isTrue();
            assertThat(changes(office)).as("the demo run appends no change").isEqualTo(changes);

            // A real price over a demo one: a change, and real data from then on.
            office.enter("kepala", "RAYA-MJS", UNTIL, "BERAS-MEDIUM", 12_345);
            assertThat(changes(office)).isEqualTo(changes + 1);
            var sent = office.context.sync().export(kepala, dir.resolve("semua.sinergi"), null, true, false,
                    WorkProgress.NONE);
            assertThat(sent.changes()).as("the account and the one real price, no demo row").isEqualTo(2);
            other.context.sync().startFrom(sent.file(), office.fingerprint(), WorkProgress.NONE);
            assertThat(new String(other.exportedPrices(UNTIL.minusYears(1), UNTIL), StandardCharsets.UTF_8).lines()
                    .skip(1)).singleElement().satisfies(l -> assertThat(l).contains("RAYA-MJS", "12345"));

            var removal = office.context.demo().remove(kepala);
            assertThat(removal.prices()).isEqualTo(demo.priceRows() - 1);
            assertThat(office.context.demo().present()).isFalse();
            assertThat(office.exportedPrices(UNTIL, UNTIL)).isEqualTo(other.exportedPrices(UNTIL, UNTIL));
            assertThat(office.context.verifier().verify().sound()).isTrue();
        }
        // Every price left was written by a change, and every price change's key still has its row.
        try (Database db = Database.open(folder)) {
            long unversioned = count(db, "SELECT COUNT(*) FROM price_observation WHERE v_origin IS NULL");
            long rows = count(db, "SELECT COUNT(*) FROM price_observation");
            long dangling = count(db, "SELECT COUNT(*) FROM change_log c WHERE c.entity = "
                    + id.sinergi.infoharga.domain.sync.Entity.PRICE.code() + " AND NOT EXISTS (SELECT 1"
                    + " FROM price_observation p JOIN market m ON m.id = p.market_id"
                    + " JOIN commodity k ON k.id = p.commodity_id"
                    + " WHERE m.code || '|' || k.code || '|' || p.price_date = c.natural_key)");
            assertThat(unversioned).isZero();
            assertThat(rows).isEqualTo(1);
            assertThat(dangling).isZero();
        }
    }

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static long changes(Laptop l) {
        return l.context.sync().devices(l.login("kepala")).get(0).held();
    }
}
