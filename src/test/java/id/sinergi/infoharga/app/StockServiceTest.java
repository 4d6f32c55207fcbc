package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StockServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T03:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private StockService stock;
    private int outlet;
    private int otherOutlet;
    private int medium;
    private int sugar;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        ReferenceDataService reference = new ReferenceDataService(store);
        IndicatorService indicators = new IndicatorService(store, reference, ID);
        AlertService alerts = new AlertService(store, reference, indicators, CLOCK, ID);
        stock = new StockService(store, CLOCK, new Authorizer(ID), ID,
                new DashboardService(store, reference, indicators, alerts));
        Catalog catalog = reference.catalog();
        outlet = catalog.findOutlet("WLD-RAYA-MJS").orElseThrow().id();
        otherOutlet = catalog.outlets().stream().mapToInt(Outlet::id).filter(id -> id != outlet).findFirst()
                .orElseThrow();
        medium = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
        sugar = catalog.findCommodity("GULA-PASIR").orElseThrow().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static BigDecimal q(String s) {
        return new BigDecimal(s);
    }

    @Test
    void receiptSaleAndCountGiveTheCountedStockAndItsCover() {
        Actor officer = TestAccounts.user(store, "wulan", Role.OFFICER, List.of(), List.of(outlet));
        long auditBefore = store.read(tx -> tx.audit().count());

        // Yesterday: 100 kg from Bulog, 30 kg sold at Rp11.000, 65 kg counted at closing → 65 (not 100 − 30 = 70).
        // Sugar: 50 kg received from a supplier, no sale → 50.
        var first = stock.record(officer, new StockDayEntry(outlet, DAY.minusDays(1), List.of(
                new StockDayEntry.Line(medium, q("100"), "Bulog", q("30"), 11_000L, q("65")),
                new StockDayEntry.Line(sugar, q("50"), " CV Manis ", null, null, null))));
        assertThat(first.movements()).extracting(StockMovement::kind)
                .containsExactly(MovementKind.RECEIPT, MovementKind.SALE, MovementKind.COUNT, MovementKind.RECEIPT);
        // Today: 5 kg sold at Rp11.500 → 65 − 5 = 60.
        stock.record(officer, new StockDayEntry(outlet, DAY, List.of(
                new StockDayEntry.Line(medium, null, null, q("5"), 11_500L, null))));

        List<StockMovement> yesterday = stock.dayMovements(outlet, DAY.minusDays(1));
        assertThat(yesterday).hasSize(4);
        assertThat(yesterday).filteredOn(m -> m.kind() == MovementKind.RECEIPT && m.commodityId() == sugar)
                .singleElement().satisfies(m -> assertThat(m.source()).isEqualTo("CV Manis"));
        assertThat(yesterday).filteredOn(m -> m.kind() == MovementKind.SALE).singleElement()
                .satisfies(m -> {
                    assertThat(m.unitPriceRp()).isEqualTo(11_000L);
                    assertThat(m.officer()).isEqualTo("wulan");
                });

        OutletStock before = stock.stockAt(outlet, DAY.minusDays(1));
        OutletStock.Line mediumBefore = line(before, medium);
        assertThat(mediumBefore.cover().onHand()).isEqualByComparingTo("65");
        // Outflow over 14 days: 30 → 30/14 = 2,142857 kg/day; 65 / 2,142857 = 30,333 days.
        assertThat(mediumBefore.cover().daysOfCover()).isCloseTo(65 / (30 / 14.0), within(1e-9));
        assertThat(line(before, sugar).cover().onHand()).isEqualByComparingTo("50");
        assertThat(line(before, sugar).cover().daysOfCover()).isNull();

        OutletStock today = stock.stockAt(outlet, DAY);
        OutletStock.Line mediumToday = line(today, medium);
        assertThat(mediumToday.cover().onHand()).isEqualByComparingTo("60");
        // Outflow 30 + 5 = 35 → 2,5 kg/day; 60 / 2,5 = 24 days.
        assertThat(mediumToday.cover().daysOfCover()).isCloseTo(24.0, within(1e-9));
        assertThat(mediumToday.outletPriceRp()).isEqualTo(11_500L);
        assertThat(mediumToday.lastDays().get(mediumToday.lastDays().size() - 2).onHand())
                .isEqualByComparingTo("65");

        // One audit row per movement: 4 yesterday + 1 today, each keyed by the movement's id.
        assertThat(auditCount()).isEqualTo(auditBefore + 5);
        StockMovement count = yesterday.stream().filter(m -> m.kind() == MovementKind.COUNT).findFirst()
                .orElseThrow();
        List<AuditDao.AuditRow> trail = stockAuditRows().stream()
                .filter(r -> r.entry().rowKey().equals(count.id().toString())).toList();
        assertThat(trail).singleElement().satisfies(r -> {
            assertThat(r.entry().actor()).isEqualTo("wulan");
            assertThat(r.entry().oldValue()).isNull();
            assertThat(r.entry().newValue()).contains("COUNT").contains("65");
        });
    }

    @Test
    void anOfficerOfAnotherOutletIsRefusedAndNothingIsStored() {
        Actor other = TestAccounts.user(store, "siti", Role.OFFICER, List.of(), List.of(otherOutlet));
        long auditBefore = store.read(tx -> tx.audit().count());
        StockDayEntry entry = new StockDayEntry(outlet, DAY, List.of(
                new StockDayEntry.Line(medium, q("100"), "Bulog", null, null, null)));

        assertThatThrownBy(() -> stock.record(other, entry)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("siti").hasMessageContaining("Tidak ada yang disimpan");
        assertThatThrownBy(() -> stock.record(TestAccounts.user(store, "analis", Role.ANALYST, List.of(),
                List.of()), entry)).isInstanceOf(AccessDeniedException.class);

        assertThat(stock.dayMovements(outlet, DAY)).isEmpty();
        assertThat(allMovements()).isEmpty();
        // The analyst's account creation adds set-up audit rows; the refused writes add none of their own.
        assertThat(stockAuditRows()).isEmpty();
        assertThat(auditCount()).isGreaterThanOrEqualTo(auditBefore);
    }

    @Test
    void badInputGetsAnIndonesianMessageAndChangesNothing() {
        Actor officer = TestAccounts.user(store, "wulan", Role.OFFICER, List.of(), List.of(outlet));
        // The first line is fine; the second fails, so the whole save is refused.
        StockDayEntry noSource = new StockDayEntry(outlet, DAY, List.of(
                new StockDayEntry.Line(sugar, q("10"), "Bulog", null, null, null),
                new StockDayEntry.Line(medium, q("100"), " ", null, null, null)));
        assertThatThrownBy(() -> stock.record(officer, noSource)).isInstanceOf(UserInputException.class)
                .hasMessage("Beras Medium: sebutkan asal penerimaan (misalnya Bulog atau nama pemasok)."
                        + " Tidak ada yang disimpan.");
        StockDayEntry saleWithoutPrice = new StockDayEntry(outlet, DAY, List.of(
                new StockDayEntry.Line(medium, null, null, q("3"), null, null)));
        assertThatThrownBy(() -> stock.record(officer, saleWithoutPrice)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("harga jual");
        StockDayEntry negativeCount = new StockDayEntry(outlet, DAY, List.of(
                new StockDayEntry.Line(medium, null, null, null, null, q("-1"))));
        assertThatThrownBy(() -> stock.record(officer, negativeCount)).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> stock.record(officer, new StockDayEntry(outlet, DAY, List.of())))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Belum ada");

        assertThat(allMovements()).isEmpty();
    }

    private long auditCount() {
        Long n = store.read(tx -> tx.audit().count());
        return n;
    }

    private List<StockMovement> allMovements() {
        List<StockMovement> all = store.read(tx -> tx.stock().allUpTo(DAY));
        return all;
    }

    private List<AuditDao.AuditRow> stockAuditRows() {
        List<AuditDao.AuditRow> rows = store.read(tx -> tx.audit().all());
        return rows.stream().filter(r -> r.entry().tableName().equals(StockService.TABLE)).toList();
    }

    private static OutletStock.Line line(OutletStock stock, int commodityId) {
        return stock.lines().stream().filter(l -> l.commodity().id() == commodityId).findFirst().orElseThrow();
    }
}
