package id.sinergi.infoharga.ui.history;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.PriceHistoryService;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.AuditedPrice;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PriceHistoryViewModelTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    // 08:05 in Jakarta on the day
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-15T01:05:00Z"));
    private EntryService entries;
    private PriceHistoryViewModel vm;
    private Market market;
    private Commodity chilli;
    private Commodity rice;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        Catalog catalog = new ReferenceDataService(store).catalog();
        market = catalog.findMarket("RAYA-MJS").orElseThrow();
        chilli = catalog.findCommodity("CABAI-MERAH-KERITING").orElseThrow();
        rice = catalog.findCommodity("BERAS-MEDIUM").orElseThrow();
        entries = new EntryService(store, clock, new Authorizer(ID));
        vm = new PriceHistoryViewModel(new PriceHistoryService(store), catalog, ID,
                new Formats(ID.locale(), JAKARTA), new CurrentThreadTaskRunner(), () -> DAY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void save(Actor who, LocalDate day, long price, List<Long> quotes, String reason) {
        entries.save(who, new MarketDayEntry(market.id(), day,
                List.of(new MarketDayEntry.Line(chilli.id(), price, quotes, reason))));
    }

    @Test
    void threeSavesOfOnePriceShowWhenWhoFromWhatToWhatAndWhy() {
        Actor budi = new Actor(TestAccounts.officer(store, "budi", List.of(market.id())).username(), "laptop-budi");
        save(budi, DAY, 45_000, List.of(), null);
        clock.advance(Duration.ofMinutes(12));
        save(budi, DAY, 46_000, List.of(45_000L, 46_000L, 48_000L), null);
        clock.advance(Duration.ofHours(3));
        save(new Actor("budi", "hp-budi"), DAY, 62_000, List.of(), "cuaca: hujan deras");
        // Another day and another commodity stay out of it.
        save(budi, DAY.minusDays(1), 44_000, List.of(), null);
        entries.save(budi, new MarketDayEntry(market.id(), DAY,
                List.of(new MarketDayEntry.Line(rice.id(), 13_000, List.of(), null))));

        vm.show(market, chilli, DAY);

        assertThat(vm.rows()).containsExactly(
                new HistoryRow(1, "15 Sep 2025", "15 Sep 2025 08:05", "budi", "laptop-budi", "\u2013",
                        "Rp45.000", "\u2013"),
                new HistoryRow(2, "15 Sep 2025", "15 Sep 2025 08:17", "budi", "laptop-budi", "Rp45.000",
                        "Rp46.000 (dari Rp45.000 \u00b7 Rp46.000 \u00b7 Rp48.000)", "\u2013"),
                new HistoryRow(3, "15 Sep 2025", "15 Sep 2025 11:17", "budi", "hp-budi",
                        "Rp46.000 (dari Rp45.000 \u00b7 Rp46.000 \u00b7 Rp48.000)", "Rp62.000", "cuaca: hujan deras"));
        assertThat(vm.messageProperty().get()).isEqualTo(
                "3 kali disimpan: Cabai Merah Keriting di Pasar Raya Mojosari, Senin, 15 Sep 2025.");

        // A range of two days lists the day before first.
        vm.show(market, chilli, DAY.minusDays(1), DAY);
        assertThat(vm.rows()).extracting(HistoryRow::day, HistoryRow::revision, HistoryRow::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("14 Sep 2025", 1, "Rp44.000"),
                org.assertj.core.groups.Tuple.tuple("15 Sep 2025", 1, "Rp45.000"),
                org.assertj.core.groups.Tuple.tuple("15 Sep 2025", 2,
                        "Rp46.000 (dari Rp45.000 \u00b7 Rp46.000 \u00b7 Rp48.000)"),
                org.assertj.core.groups.Tuple.tuple("15 Sep 2025", 3, "Rp62.000"));
    }

    @Test
    void aPriceNeverEnteredAndABadChoiceSaySoAndListNothing() {
        vm.show(market, chilli, DAY);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Harga Cabai Merah Keriting di Pasar Raya Mojosari pada Senin, 15 Sep 2025 belum pernah diisi.");

        vm.show(null, chilli, DAY);
        assertThat(vm.messageProperty().get()).isEqualTo("Pilih pasar dan komoditas.");
        vm.show(market, chilli, DAY, DAY.minusDays(1));
        assertThat(vm.messageProperty().get()).isEqualTo("Tanggal akhir sebelum tanggal awal.");
        vm.show(market, chilli, DAY.minusDays(92), DAY);
        assertThat(vm.messageProperty().get()).isEqualTo("Rentang paling panjang 92 hari.");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aPriceStoredInBulkAndChangedSinceStartsWithItsFirstValueWhoseOriginIsNotRecorded() {
        // An import writes an audit row only when it changes a stored price (ImportApplier); the value it changed
        // was stored in bulk, with no audit row of its own.
        store.inTransaction(tx -> {
            tx.audit().append(List.of(new id.sinergi.infoharga.domain.AuditEntry(clock.instant(), "admin", "pc",
                    EntryService.TABLE, EntryService.rowKey(market.id(), chilli.id(), DAY), "44000", "45500",
                    "impor harga-september.csv")));
            return null;
        });
        vm.show(market, chilli, DAY);
        assertThat(vm.rows()).containsExactly(
                new HistoryRow(1, "15 Sep 2025", "\u2013", "\u2013", "\u2013", "\u2013", "Rp44.000",
                        "nilai awal dari impor atau data demo; asalnya tidak tercatat per harga"),
                new HistoryRow(2, "15 Sep 2025", "15 Sep 2025 08:05", "admin", "pc", "Rp44.000", "Rp45.500",
                        "impor harga-september.csv"));
    }

    @Test
    void aDemoPriceSaysItIsDemoDataFromItsRunAndAChangeAfterwardsFollowsIt() {
        // What a demo run leaves (DemoDataService, run for real in PublishedPriceFileCliTest): rows of officer
        // "demo" on device "demo" stamped with the instant of the run's one audit row.
        Actor admin = TestAccounts.admin(store);
        long generated = 12_900;
        store.inTransaction(tx -> {
            tx.prices().insertBatchSavedAt(List.of(new id.sinergi.infoharga.domain.PricePoint(market.id(), rice.id(),
                    DAY, generated)), "demo", "demo", clock.instant().atOffset(java.time.ZoneOffset.UTC));
            tx.audit().append(List.of(new id.sinergi.infoharga.domain.AuditEntry(clock.instant(), admin.username(),
                    admin.device(), EntryService.TABLE, "demo", null, "demo: seed=3; from=2024-09-16", "data demo")));
            return null;
        });
        String when = "15 Sep 2025 08:05";
        String value = "Rp" + id.sinergi.infoharga.domain.PriceText.group(generated);

        vm.show(market, rice, DAY);

        assertThat(vm.rows()).containsExactly(new HistoryRow(1, "15 Sep 2025", when, admin.username(),
                admin.device(), "\u2013", value, "data demo (seed 3)"));

        clock.advance(Duration.ofMinutes(30));
        Actor budi = new Actor(TestAccounts.officer(store, "budi", List.of(market.id())).username(), "laptop-budi");
        entries.save(budi, new MarketDayEntry(market.id(), DAY,
                List.of(new MarketDayEntry.Line(rice.id(), generated + 100, List.of(), null))));
        vm.show(market, rice, DAY);
        assertThat(vm.rows()).extracting(HistoryRow::revision, HistoryRow::before, HistoryRow::after,
                HistoryRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "\u2013", value,
                        "nilai awal dari impor atau data demo; asalnya tidak tercatat per harga"),
                org.assertj.core.groups.Tuple.tuple(2, value, "Rp" + id.sinergi.infoharga.domain.PriceText.group(
                        generated + 100), "\u2013"));
    }

    @Test
    void theStoredTextsReadBackAsTheyWereWritten() {
        assertThat(AuditedPrice.parse("12500")).contains(new AuditedPrice(12_500, List.of()));
        assertThat(AuditedPrice.parse("12500 (12000/13000)"))
                .contains(new AuditedPrice(12_500, List.of(12_000L, 13_000L)));
        assertThat(new AuditedPrice(12_500, List.of(12_000L, 12_500L, 13_000L)).text())
                .isEqualTo("12500 (12000/12500/13000)");
        assertThat(AuditedPrice.parse("role=ADMIN")).isEqualTo(Optional.empty());
        assertThat(AuditedPrice.parse(null)).isEmpty();
    }
}
