package id.sinergi.infoharga.app.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13's "done when": three data folders — two officers of different markets and the office (administrator and
 * analyst) — make overlapping offline changes, including the same price changed at a market and at the office,
 * and exchange packages in two different orders, the officers' data reaching each other only through the office.
 * Every device ends with the same prices ({@code export prices} byte for byte), stock, master data, accounts,
 * acknowledgements and conflict list; the conflicting price's winner is the one worked out by hand (the office's
 * correction: its Lamport counter is higher, having been made after five other changes there), and a reversal
 * travels like any other change.
 */
class ExchangeConvergenceTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);
    static final LocalDate FROM = D1.minusDays(3);
    static final LocalDate TO = D1.plusDays(3);

    @TempDir
    Path dir;

    /** The three devices of one run, set up alike: the office prepared both officers' laptops from its package. */
    private static final class Regency implements AutoCloseable {
        final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
        final Laptop office;
        final Laptop raya;
        final Laptop dinoyo;

        Regency(Path dir) {
            office = new Laptop(dir.resolve("kantor"), "Laptop Kantor Perekonomian", clock);
            var accounts = office.context.accounts();
            accounts.createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
            Actor kepala = office.login("kepala");
            accounts.createUser(kepala, "analis", Role.ANALYST, TestAccounts.PASSWORD);
            accounts.createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
            accounts.assign(kepala, "budi", List.of(office.market("RAYA-MJS")),
                    List.of(office.catalog().findOutlet("WLD-RAYA-MJS").orElseThrow().id()));
            accounts.createUser(kepala, "sari", Role.OFFICER, TestAccounts.PASSWORD);
            accounts.assign(kepala, "sari", List.of(office.market("DINOYO")), List.of());
            Path start = office.send("kepala", "awal.sinergi");
            raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya Mojosari", clock);
            raya.context.sync().startFrom(start, office.fingerprint(), WorkProgress.NONE);
            dinoyo = new Laptop(dir.resolve("dinoyo"), "Laptop Pasar Dinoyo", clock);
            dinoyo.context.sync().startFrom(start, office.fingerprint(), WorkProgress.NONE);
        }

        /** Everyone works offline: the same key (Raya, Beras Medium, D1) is changed at the market and the office. */
        void workOffline() {
            tick();
            raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500, "MINYAKITA", 15_700);
            raya.context.stock().record(raya.login("budi"), new StockDayEntry(
                    raya.catalog().findOutlet("WLD-RAYA-MJS").orElseThrow().id(), D1, List.of(
                    new StockDayEntry.Line(raya.commodity("BERAS-SPHP"), new BigDecimal("500"), "Bulog", null, null,
                            null))));
            tick();
            dinoyo.enter("sari", "DINOYO", D1, "BERAS-MEDIUM", 12_800, "GULA-PASIR", 17_000);
            tick();
            Actor kepala = office.login("kepala");
            MasterDataService master = office.context.masterData();
            int beras = office.catalog().groups().stream().filter(g -> g.code().equals("BERAS")).findFirst()
                    .orElseThrow().id();
            var kopi = master.saveCommodity(kepala, new MasterDataService.CommodityDraft(null, "KOPI-BUBUK", "Kopi",
                    "bubuk", "kg", beras), null, "komoditas baru");
            master.saveReferencePrice(kepala, new MasterDataService.ReferenceDraft(null, kopi.id(), ReferenceKind.HET,
                    null, 60_000L, "Perbup 7/2026", D1.minusDays(10), null), null);
            office.context.alerts().updateThresholds(kepala, new AlertThresholds(office.commodity("BERAS-MEDIUM"),
                    0, 4, 12, 4, 8, 16, 7, 3, 1));
            master.saveGroup(kepala, beras, 4.0, false, "bobot baru");
            office.context.acknowledgements().acknowledge(office.login("analis"), D1, "REFERENCE:BERAS-MEDIUM:-",
                    AlertLevel.SIAGA, "operasi pasar Kamis");
            tick();
            // The office corrects Raya's rice after its own five changes: a higher Lamport counter than Raya's.
            office.enter("kepala", "RAYA-MJS", D1, "BERAS-MEDIUM", 12_900, "KOPI-BUBUK", 58_000);
        }

        void tick() {
            clock.advance(Duration.ofMinutes(7));
        }

        /** The office reads a laptop's package, accepting the laptop the first time (after its fingerprint). */
        void officeReads(Laptop laptop, Path file) {
            tick();
            try {
                office.receive("kepala", file);
            } catch (DeviceNotAcceptedException e) {
                assertThat(e.getMessage()).contains(laptop.fingerprint());
                DeviceInfo d = office.context.sync().accept(office.login("kepala"),
                        laptop.context.device().identity().id().toString(), null);
                assertThat(d.relay()).as("an officer's laptop forwards nothing").isFalse();
                office.receive("kepala", file);
            }
        }

        Path fromOfficeTo(Laptop laptop, String name) {
            tick();
            return office.send("kepala", name, laptop.context.device().identity().id().toString(), false);
        }

        void assertSamePicture() {
            byte[] prices = office.exportedPrices(FROM, TO);
            assertThat(new String(prices, StandardCharsets.UTF_8)).contains("RAYA-MJS", "DINOYO", "KOPI-BUBUK");
            for (Laptop l : List.of(raya, dinoyo)) {
                assertThat(l.exportedPrices(FROM, TO)).as("prices of %s", l.folder).isEqualTo(prices);
                assertThat(l.stock()).isEqualTo(office.stock());
                assertThat(l.masterData()).isEqualTo(office.masterData());
                assertThat(l.accounts()).isEqualTo(office.accounts());
                assertThat(l.context.acknowledgements().onDay(D1).values().stream()
                        .map(a -> a.alertKey() + " " + a.alertLevel() + " " + a.note() + " " + a.actor()).toList())
                        .isEqualTo(office.context.acknowledgements().onDay(D1).values().stream()
                                .map(a -> a.alertKey() + " " + a.alertLevel() + " " + a.note() + " " + a.actor())
                                .toList());
                assertThat(l.conflicts()).isEqualTo(office.conflicts());
                // The officers log in on every device with the passwords the office gave them.
                assertThat(l.checkLogin("sari").username()).isEqualTo("sari");
                assertThat(l.checkLogin("budi").username()).isEqualTo("budi");
            }
            assertThat(office.stock()).contains("WLD-RAYA-MJS BERAS-SPHP 2026-11-30 RECEIPT 500 null Bulog");
            // Every folder's own checks hold after receiving: its chain, and each price against its audit rows
            // (a change that lost is in the history, not the price).
            for (Laptop l : List.of(office, raya, dinoyo)) {
                var report = l.context.verifier().verify();
                assertThat(report.sound()).as("verify on %s: %s", l.folder, report.lines(l.context.messages()))
                        .isTrue();
            }
        }

        String price(Laptop l, String market, String commodity) {
            return l.context.entries().marketDay(l.market(market), D1).stream()
                    .filter(o -> o.commodityId() == l.commodity(commodity)).findFirst()
                    .map(o -> Long.toString(o.priceRp())).orElse("-");
        }

        @Override
        public void close() {
            office.close();
            raya.close();
            dinoyo.close();
        }
    }

    @Test
    void officersFirstThenTheOfficeRelays() {
        try (Regency r = new Regency(dir.resolve("one"))) {
            r.workOffline();
            r.officeReads(r.raya, r.raya.send("budi", "raya-1.sinergi"));
            r.officeReads(r.dinoyo, r.dinoyo.send("sari", "dinoyo-1.sinergi"));
            r.raya.receive("budi", r.fromOfficeTo(r.raya, "ke-raya-1.sinergi"));
            r.dinoyo.receive("sari", r.fromOfficeTo(r.dinoyo, "ke-dinoyo-1.sinergi"));

            r.assertSamePicture();
            assertThat(r.price(r.dinoyo, "RAYA-MJS", "BERAS-MEDIUM")).as("Raya's rice reached Dinoyo via the office")
                    .isEqualTo("12900");
            assertThat(r.price(r.dinoyo, "RAYA-MJS", "GULA-PASIR")).isEqualTo("17500");
            assertThat(r.price(r.raya, "DINOYO", "BERAS-MEDIUM")).isEqualTo("12800");
            assertThat(r.office.conflicts().lines().toList()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("price RAYA-MJS|BERAS-MEDIUM|2026-11-30: Rp12.900")
                            .contains("over Rp13.000"));
            ConflictInfo c = r.office.context.sync().conflicts(r.office.login("kepala")).get(0);
            assertThat(c.loser().user()).isEqualTo("budi");
            assertThat(c.winner().user()).isEqualTo("kepala");

            // Reversing is a new change that travels: Raya's 13.000 holds everywhere afterwards.
            r.tick();
            r.office.context.sync().reverse(r.office.login("kepala"), c.lost());
            r.raya.receive("budi", r.fromOfficeTo(r.raya, "ke-raya-2.sinergi"));
            r.dinoyo.receive("sari", r.fromOfficeTo(r.dinoyo, "ke-dinoyo-2.sinergi"));
            r.assertSamePicture();
            assertThat(r.price(r.dinoyo, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("13000");
            assertThat(r.office.conflicts().lines().toList()).singleElement().satisfies(line -> assertThat(line).endsWith("REVERSED"));
        }
    }

    @Test
    void theOfficeFirstThenTheOfficersAndTheSamePackageTwice() {
        try (Regency r = new Regency(dir.resolve("two"))) {
            r.workOffline();
            // The office knows neither laptop yet: one package with everything it holds goes to both.
            r.tick();
            Path everything = r.office.send("kepala", "semua-1.sinergi");
            r.dinoyo.receive("sari", everything);
            r.raya.receive("budi", everything);
            ReceiveResult again = r.raya.receive("budi", everything);
            assertThat(again.fresh()).as("the same package twice is a no-op").isZero();
            assertThat(again.known()).isEqualTo((int) again.changes());
            r.officeReads(r.dinoyo, r.dinoyo.send("sari", "dinoyo-1.sinergi"));
            r.officeReads(r.raya, r.raya.send("budi", "raya-1.sinergi"));
            r.dinoyo.receive("sari", r.fromOfficeTo(r.dinoyo, "ke-dinoyo-2.sinergi"));
            r.raya.receive("budi", r.fromOfficeTo(r.raya, "ke-raya-2.sinergi"));

            r.assertSamePicture();
            assertThat(r.price(r.raya, "RAYA-MJS", "BERAS-MEDIUM")).isEqualTo("12900");
            assertThat(r.price(r.office, "DINOYO", "GULA-PASIR")).isEqualTo("17000");
            assertThat(r.office.conflicts().lines().toList()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("price RAYA-MJS|BERAS-MEDIUM|2026-11-30: Rp12.900")
                            .contains("over Rp13.000"));
        }
    }

    @Test
    void anOfficersPackageForwardsNothingAndAnUnacceptedDeviceAppliesNothing() {
        try (Regency r = new Regency(dir.resolve("three"))) {
            r.workOffline();
            Path fromRaya = r.raya.send("budi", "raya-1.sinergi");
            long before = r.office.context.sync().devices(r.office.login("kepala")).size();
            assertThatThrownBy(() -> r.office.receive("kepala", fromRaya))
                    .isInstanceOf(DeviceNotAcceptedException.class)
                    .hasMessageContaining("Laptop Pasar Raya Mojosari").hasMessageContaining(r.raya.fingerprint())
                    .hasMessageContaining("budi");
            assertThat(r.price(r.office, "RAYA-MJS", "GULA-PASIR")).isEqualTo("-");
            assertThat(r.office.context.sync().devices(r.office.login("kepala"))).hasSize((int) before + 1)
                    .anySatisfy(d -> assertThat(d.status()).isEqualTo(DeviceInfo.Status.PENDING));
        }
    }
}
