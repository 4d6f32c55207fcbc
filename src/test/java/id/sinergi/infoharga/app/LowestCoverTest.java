package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.StockCover;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Stok WULANDARI terendah" is the cover that runs out first across all outlets, whatever raised a level. */
class LowestCoverTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    /** onHand ÷ (outflow14 / 14) days; level as given (the price may have raised it). */
    private static StockCover cover(int outlet, int commodity, String onHand, String outflow14, AlertLevel cover,
                                    AlertLevel level) {
        BigDecimal stock = new BigDecimal(onHand);
        BigDecimal out = new BigDecimal(outflow14);
        double mean = out.doubleValue() / 14;
        Double days = mean == 0 ? null : stock.doubleValue() / mean;
        return new StockCover(outlet, commodity, DAY, stock, out, mean, days, cover, AlertLevel.NORMAL, level);
    }

    @Test
    void theFewestDaysWinOverAHigherLevel() {
        // Outlet 1, beras medium: 493 kg, 580 kg out in 14 days (41,43 a day) → 11,9 days; Normal cover raised to
        // Waspada by a Siaga price. Outlet 2, minyakita: 240 l, 378 l out (27 a day) → 8,89 days, Normal.
        StockCover raised = cover(1, 2, "493", "580", AlertLevel.NORMAL, AlertLevel.WASPADA);
        StockCover lower = cover(2, 5, "240", "378", AlertLevel.NORMAL, AlertLevel.NORMAL);
        assertThat(raised.daysOfCover()).isBetween(11.89, 11.91);
        assertThat(lower.daysOfCover()).isBetween(8.88, 8.90);
        assertThat(DashboardService.lowest(List.of(raised, lower))).isEqualTo(lower);
    }

    @Test
    void anEmptyStockIsLowestAndNothingGoingOutIsNever() {
        // Outlet 3: 0 kg left (empty, Awas); outlet 4: 100 kg and nothing sold (no end); outlet 1: 2 days.
        StockCover empty = cover(3, 2, "0", "140", AlertLevel.AWAS, AlertLevel.AWAS);
        StockCover idle = cover(4, 2, "100", "0", AlertLevel.NORMAL, AlertLevel.NORMAL);
        StockCover twoDays = cover(1, 2, "20", "140", AlertLevel.SIAGA, AlertLevel.SIAGA);
        assertThat(DashboardService.lowest(List.of(idle, twoDays, empty))).isEqualTo(empty);
        assertThat(DashboardService.lowest(List.of(idle, twoDays))).isEqualTo(twoDays);
        assertThat(DashboardService.lowest(List.of(idle))).isEqualTo(idle);
        assertThat(DashboardService.lowest(List.of())).isNull();
    }

    @Test
    void equalDaysGoToTheMoreSevereLevel() {
        // 70 kg, 140 out (10 a day): 7 days each; the one whose price raised it to Waspada comes first.
        StockCover plain = cover(1, 2, "70", "140", AlertLevel.NORMAL, AlertLevel.NORMAL);
        StockCover raised = cover(2, 2, "70", "140", AlertLevel.NORMAL, AlertLevel.WASPADA);
        assertThat(DashboardService.lowest(List.of(plain, raised))).isEqualTo(raised);
    }
}
