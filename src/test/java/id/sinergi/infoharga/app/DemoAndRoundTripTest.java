package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.DemoDataService.DemoRequest;
import id.sinergi.infoharga.app.DemoDataService.DemoResult;
import id.sinergi.infoharga.app.ImportService.ImportRequest;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestImports;
import id.sinergi.infoharga.testing.PriceFiles;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo data into one folder, exported and imported into empty folders: the same rows come back. */
class DemoAndRoundTripTest {
    static final LocalDate UNTIL = LocalDate.of(2025, 6, 30);
    static final Messages ID = new Messages(Messages.INDONESIAN);
    static final Actor ACTOR = new Actor("tester", "laptop-1");

    @TempDir
    Path dir;

    private static <T> T with(Path folder, Function<Store, T> work) {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            TestAccounts.admin(store, ACTOR.username());
            return work.apply(store);
        }
    }

    private static DemoResult demo(Store store, long seed, List<String> progress) {
        return new DemoDataService(store, ImportServiceTest.CLOCK, ID).generate(ACTOR,
                new DemoRequest(1, 2, seed, UNTIL), progress::add);
    }

    @Test
    void demoIsDeterministicPlausibleAndAuditedOnce() {
        List<String> progress = new ArrayList<>();
        List<Object> first = with(dir.resolve("a"), store -> {
            DemoResult r = demo(store, 11, progress);
            // 2 markets × 35 commodities × 365 days (1 Jul 2024 – 30 Jun 2025), less the missing reports.
            assertThat(r.priceRows() + r.missing()).isEqualTo(2L * 35 * 365);
            assertThat((double) r.missing() / (r.priceRows() + r.missing())).isBetween(0.01, 0.06);
            assertThat(r.stockMovements()).isGreaterThan(1000);
            List<AuditDao.AuditRow> audit = store.read(tx -> tx.audit().all()).stream()
                    .filter(a -> !a.entry().tableName().equals(AccountService.TABLE)).toList();
            assertThat(audit).singleElement().satisfies(a -> assertThat(a.entry().newValue())
                    .contains("seed=11", "prices=" + r.priceRows()));
            assertThat(PriceFiles.storedMonths(store)).isEqualTo(PriceFiles.recomputedMonths(store));
            var obs = store.read(tx -> tx.prices().marketDay(1, UNTIL.minusDays(3)));
            assertThat(obs).isNotEmpty().allSatisfy(o -> {
                assertThat(o.officer()).isEqualTo("demo");
                assertThat(o.device()).isEqualTo("demo");
            });
            List<StockMovement> stock = store.read(tx -> tx.stock().allUpTo(UNTIL));
            assertThat(stock).extracting(StockMovement::kind).contains(MovementKind.RECEIPT, MovementKind.SALE,
                    MovementKind.COUNT);
            assertThat(stock).filteredOn(s -> s.kind() == MovementKind.RECEIPT)
                    .allSatisfy(s -> assertThat(s.source()).isEqualTo("Bulog"));
            // An outlet sells below the market price of the day.
            int sphp = new ReferenceDataService(store).catalog().findCommodity("BERAS-SPHP").orElseThrow().id();
            StockMovement sale = stock.stream().filter(s -> s.kind() == MovementKind.SALE
                    && s.commodityId() == sphp && s.outletId() == 1).reduce((a, b) -> b).orElseThrow();
            var market = store.read(tx -> tx.prices().find(1, sphp, sale.date()));
            market.ifPresent(m -> assertThat(sale.unitPriceRp()).isLessThan(m.priceRp()));
            assertThatThrownBy(() -> demo(store, 11, new ArrayList<>())).isInstanceOf(UserInputException.class)
                    .hasMessageContaining("sudah berisi harga");
            return List.of(PriceFiles.allPrices(store), stockKey(stock));
        });
        assertThat(progress).extracting(line -> line.replaceAll("\\d", "#"))
                .containsExactly("Tahun #### selesai (##.### baris harga)", "Tahun #### selesai (##.### baris harga)");
        List<Object> second = with(dir.resolve("b"), store -> {
            demo(store, 11, new ArrayList<>());
            return List.of(PriceFiles.allPrices(store), stockKey(store.read(tx -> tx.stock().allUpTo(UNTIL))));
        });
        assertThat(second).isEqualTo(first);
    }

    private static List<String> stockKey(List<StockMovement> stock) {
        return stock.stream().map(s -> s.id() + " " + s.outletId() + " " + s.commodityId() + " " + s.date() + " "
                + s.kind() + " " + s.quantity().stripTrailingZeros().toPlainString() + " " + s.unitPriceRp()).sorted()
                .toList();
    }

    @Test
    void exportThenImportIntoAnEmptyFolderGivesTheSameRows() {
        Path csv = dir.resolve("harga.csv");
        Path xlsx = dir.resolve("harga.xlsx");
        LocalDate from = UNTIL.minusMonths(1);
        List<PricePoint> original = with(dir.resolve("source"), store -> {
            demo(store, 5, new ArrayList<>());
            ExportService export = new ExportService(store, ID);
            assertThat(export.exportPrices(from, UNTIL, null, csv).rows()).isPositive();
            export.exportPrices(from, UNTIL, null, xlsx);
            return PriceFiles.allPrices(store).stream().filter(p -> !p.date().isBefore(from)).toList();
        });
        for (Path file : List.of(csv, xlsx)) {
            List<PricePoint> copy = with(dir.resolve("copy-" + file.getFileName()), store -> {
                TestImports.service(store, ImportServiceTest.CLOCK, ID).importPrices(ACTOR,
                        new ImportRequest(file, null, null, null, false, false));
                assertThat(PriceFiles.storedMonths(store)).isEqualTo(PriceFiles.recomputedMonths(store));
                return PriceFiles.allPrices(store);
            });
            assertThat(copy).as(file.getFileName().toString()).isEqualTo(original);
        }
    }
}
