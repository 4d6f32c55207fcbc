package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.HbknPeriod;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.indicators.CommodityHistory.RegencyDay;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.SmallDataset;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static id.sinergi.infoharga.testing.SmallDataset.D1;
import static id.sinergi.infoharga.testing.SmallDataset.D2;
import static id.sinergi.infoharga.testing.SmallDataset.D3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendViewModelTest {
    @TempDir
    Path folder;
    private Database db;
    private SmallDataset data;
    private IndicatorService indicators;
    private TrendViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        Store store = new Store(db);
        data = SmallDataset.load(store);
        indicators = new IndicatorService(store, new ReferenceDataService(store), new Messages(Messages.INDONESIAN));
        vm = new TrendViewModel(indicators, data.catalog, new Messages(Messages.INDONESIAN),
                new CurrentThreadTaskRunner(), () -> D3);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRetiredCommodityIsListedLastAndItsHistoryStillShows() {
        Catalog c = data.catalog;
        List<Commodity> changed = c.commodities().stream().map(x -> x.id() != data.medium ? x
                : new Commodity(x.id(), x.code(), x.name(), x.variant(), x.unit(), x.groupId(), false,
                x.sortOrder())).toList();
        TrendViewModel model = new TrendViewModel(indicators, new Catalog(c.markets(), c.groups(), changed,
                c.referencePrices(), c.outlets()), new Messages(Messages.INDONESIAN), new CurrentThreadTaskRunner(),
                () -> D3);
        assertThat(model.commodities()).hasSize(c.commodities().size());
        assertThat(model.commodities().get(model.commodities().size() - 1).code()).isEqualTo("BERAS-MEDIUM");
        model.selectRange(TrendRange.MONTH_1);
        model.show(data.medium, D3);
        assertThat(model.regency()).extracting(RegencyDay::mean).containsExactly(12_000.0, 13_000.0, 13_000.0,
                15_000.0);
        assertThat(model.marketName(data.m3)).isEqualTo("Pasar Dinoyo");
    }

    @Test
    void showsTheServicesHistoryWithTheHetAndNoHolidayInAMonth() {
        vm.selectRange(TrendRange.MONTH_1);
        vm.show(data.medium, D3);
        // 3 Aug – 3 Sep 2025: the week-before day, then D1 13.000 (12–14.000), D2 13.000 (12.500–13.500),
        // D3 15.000 (M3 only).
        DateRange days = new DateRange(LocalDate.of(2025, 8, 3), D3);
        assertThat(vm.shownDaysProperty().get()).isEqualTo(days);
        // No market compared: the kept regency days (the same as every market's prices give) and no market's own.
        assertThat(vm.historyProperty().get()).isEqualTo(indicators.trend(data.medium, days, List.of()));
        assertThat(vm.historyProperty().get().days()).isEqualTo(indicators.history(data.medium, days).days());
        assertThat(vm.regency()).extracting(RegencyDay::date).containsExactly(SmallDataset.WEEK_BEFORE, D1, D2, D3);
        assertThat(vm.regency()).extracting(RegencyDay::mean).containsExactly(12_000.0, 13_000.0, 13_000.0,
                15_000.0);
        assertThat(vm.regency().get(1).low()).isEqualTo(12_000);
        assertThat(vm.regency().get(1).high()).isEqualTo(14_000);
        assertThat(vm.references()).extracting(ReferencePrice::highRp).containsExactly(12_500L);
        // Iduladha 2025 ended 9 Jun, Natal starts 15 Dec: nothing in August–September.
        assertThat(vm.holidays()).isEmpty();
        assertThat(vm.emptyProperty().get()).isFalse();
    }

    @Test
    void aYearShowsTheHolidaySeasonsOfThatYear() {
        vm.show(data.medium, D3);
        vm.selectRange(TrendRange.YEAR_1);
        // 3 Sep 2024 – 3 Sep 2025: Natal–Tahun Baru 15 Dec 2024 – 5 Jan 2025, Ramadan–Idulfitri (31 Mar 2025),
        // Iduladha (6 Jun 2025).
        assertThat(vm.holidays()).extracting(HbknPeriod::kind).containsExactly(HbknPeriod.Kind.NATAL_TAHUN_BARU,
                HbknPeriod.Kind.RAMADAN_IDULFITRI, HbknPeriod.Kind.IDULADHA);
        assertThat(vm.holidays().get(1).holiday()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void comparedMarketsAreTheirOwnSeriesAndAtMostFive() {
        vm.show(data.medium, D3);
        Market m1 = data.catalog.market(data.m1);
        Market m3 = data.catalog.market(data.m3);
        vm.toggleCompared(m1);
        vm.toggleCompared(m3);
        assertThat(vm.comparedSeriesProperty().get().get(m1)).extracting(PricePoint::priceRp)
                .containsExactly(12_000L, 12_000L, 12_500L);
        assertThat(vm.comparedSeriesProperty().get().get(m3)).extracting(PricePoint::priceRp)
                .containsExactly(12_000L, 14_000L, 15_000L);
        DateRange shown = vm.shownDaysProperty().get();
        assertThat(vm.historyProperty().get().market(data.m3))
                .isEqualTo(indicators.history(data.medium, shown).market(data.m3));
        List<Market> others = data.catalog.activeMarkets().stream()
                .filter(m -> m.id() != data.m1 && m.id() != data.m3).toList();
        assertThat(vm.toggleCompared(others.get(0))).isTrue();
        assertThat(vm.toggleCompared(others.get(1))).isTrue();
        assertThat(vm.toggleCompared(others.get(2))).isTrue();
        assertThat(vm.toggleCompared(others.get(3))).isFalse();
        assertThat(vm.compared()).hasSize(5);
        assertThat(vm.messageProperty().get()).contains("5");
    }

    @Test
    void theHeatMapIsTheServicesGapMatrix() {
        vm.selectRange(TrendRange.MONTH_1);
        vm.show(data.medium, D3);
        vm.setMaxPoints(32);
        vm.selectMode(TrendMode.HEAT_MAP);
        // 32 pixels / 8 per cell = 4 columns over 4 days: one day each.
        var map = vm.heatMapProperty().get();
        assertThat(map.starts()).containsExactly(SmallDataset.WEEK_BEFORE, D1, D2, D3);
        int row = map.marketIds().indexOf(data.m2);
        // M2 on D2: (13.500 − 13.000)/13.000 = +3,846 %; on D3 it did not report.
        assertThat(map.cells().get(row).get(2)).isCloseTo(50.0 / 13, within(1e-9));
        assertThat(map.cells().get(row).get(3)).isNull();
    }

    @Test
    void aRangeWithoutPricesSaysSo() {
        vm.selectRange(TrendRange.MONTH_1);
        vm.show(data.medium, LocalDate.of(2020, 1, 31));
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isNotBlank().doesNotStartWith("!");
    }
}
