package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.app.OutletStock;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.StockSeries.StockDay;
import id.sinergi.infoharga.testing.SmallServices;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static id.sinergi.infoharga.testing.SmallDataset.D2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StockViewModelTest {
    @TempDir
    Path folder;
    private SmallServices s;
    private StockViewModel vm;

    @BeforeEach
    void open() {
        s = new SmallServices(folder);
        vm = new StockViewModel(s.dashboard, s.data.catalog, s.messages, new CurrentThreadTaskRunner(),
                () -> LocalDate.now(s.clock));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void showsTheServicesStockOfTheOutletWithHandCheckedFigures() {
        vm.show(s.data.catalog.outlet(s.data.outlet), D2);
        assertThat(vm.stockProperty().get()).isEqualTo(s.dashboard.outletStock(s.data.outlet, D2));
        assertThat(vm.lines()).hasSize(1);
        OutletStock.Line line = vm.selectedProperty().get();
        assertThat(line).isEqualTo(vm.lines().get(0));
        // 200 received, 14 × 10 sold: 60 on hand; 140 over 14 days = 10 a day; 60/10 = 6 days, Waspada (< 7).
        assertThat(line.cover().onHand()).isEqualByComparingTo("60");
        assertThat(line.cover().meanDailyOutflow()).isCloseTo(10.0, within(1e-9));
        assertThat(line.cover().daysOfCover()).isCloseTo(6.0, within(1e-9));
        assertThat(line.cover().level()).isEqualTo(AlertLevel.WASPADA);
        // Sold at 12.000 while the regency price is 13.000: (12.000 − 13.000)/13.000 = −7,69 %.
        assertThat(line.outletPriceRp()).isEqualTo(12_000L);
        assertThat(line.regencyPriceRp()).isEqualTo(13_000.0);
        assertThat(line.priceGapPct()).isCloseTo(-100.0 / 13, within(1e-9));
        // 30 days from 4 Aug: nothing before 20 Aug, 190 at the end of 20 Aug, 60 at the end of 2 Sep.
        assertThat(line.lastDays()).hasSize(30);
        assertThat(line.lastDays().get(0)).isEqualTo(new StockDay(LocalDate.of(2025, 8, 4),
                java.math.BigDecimal.ZERO));
        assertThat(line.lastDays().get(16).onHand()).isEqualByComparingTo("190");
        assertThat(line.lastDays().get(29).onHand()).isEqualByComparingTo("60");
    }

    @Test
    void anOutletWithoutMovementsSaysSo() {
        var other = s.data.catalog.outlets().stream().filter(o -> o.id() != s.data.outlet).findFirst().orElseThrow();
        vm.show(other, D2);
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo(s.messages.get("stock.none"));
    }

    @Test
    void beforeAnyMarketReportsTheMarketPriceIsTheLastDayWithinAWeek() {
        // Prices stop on 3 Sep (only Pasar Dinoyo, 15.000). A count on 4 Sep, before anyone reports, is set
        // against that; on 11 Sep, eight days on, there is nothing within the week and no market price is shown.
        OutletStock next = s.dashboard.outletStock(s.data.outlet, LocalDate.of(2025, 9, 4));
        assertThat(next.lines()).singleElement().satisfies(l -> assertThat(l.regencyPriceRp()).isEqualTo(15_000.0));
        OutletStock late = s.dashboard.outletStock(s.data.outlet, LocalDate.of(2025, 9, 11));
        assertThat(late.lines()).singleElement().satisfies(l -> assertThat(l.regencyPriceRp()).isNull());
        // A day with prices keeps its own: 2 Sep, (12.500 + 13.500) / 2.
        assertThat(s.dashboard.outletStock(s.data.outlet, LocalDate.of(2025, 9, 2)).lines().get(0).regencyPriceRp())
                .isEqualTo(13_000.0);
    }
}
