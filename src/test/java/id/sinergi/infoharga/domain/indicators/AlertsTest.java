package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.Words;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.A;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.B;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.BAWANG;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MEDIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.catalog;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.defaults;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlertsTest {
    private static final Words WORDS = new Messages(Messages.INDONESIAN)::get;
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15); // a Monday
    private static final AlertThresholds STAPLE = AlertThresholds.defaults(MEDIUM, false);
    private static final AlertThresholds VOLATILE = AlertThresholds.defaults(BAWANG, true);

    private static int seq;

    private static StockMovement move(LocalDate day, MovementKind kind, String qty) {
        seq++;
        return new StockMovement(new UUID(0, seq), 1, MEDIUM, day, kind, new BigDecimal(qty), null, null, "x", "d",
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(seq));
    }

    @Test
    void referenceThresholdsHoldAtTheirBoundaries() {
        // ≤ 0 Normal; (0, 5] Waspada; (5, 15] Siaga; > 15 Awas.
        assertThat(STAPLE.referenceLevel(0)).isEqualTo(AlertLevel.NORMAL);
        assertThat(STAPLE.referenceLevel(0.001)).isEqualTo(AlertLevel.WASPADA);
        assertThat(STAPLE.referenceLevel(5)).isEqualTo(AlertLevel.WASPADA);
        assertThat(STAPLE.referenceLevel(5.001)).isEqualTo(AlertLevel.SIAGA);
        assertThat(STAPLE.referenceLevel(15)).isEqualTo(AlertLevel.SIAGA);
        assertThat(STAPLE.referenceLevel(15.001)).isEqualTo(AlertLevel.AWAS);
        // Through a price: HET 12.500; 13.125 is (13.125 − 12.500) × 100/12.500 = 5 % exactly → still Waspada.
        var gap = ReferenceGap.of(catalog().referenceOn(MEDIUM, DAY).orElseThrow(), 13_125, STAPLE);
        assertThat(gap.gapPct()).isEqualTo(5.0);
        assertThat(gap.level()).isEqualTo(AlertLevel.WASPADA);
    }

    @Test
    void riseThresholdsHoldAtTheirBoundaries() {
        assertThat(STAPLE.riseLevel(4.999)).isEqualTo(AlertLevel.NORMAL);
        assertThat(STAPLE.riseLevel(5)).isEqualTo(AlertLevel.WASPADA);
        assertThat(STAPLE.riseLevel(10)).isEqualTo(AlertLevel.SIAGA);
        assertThat(STAPLE.riseLevel(20)).isEqualTo(AlertLevel.AWAS);
        assertThat(STAPLE.riseLevel(-30)).isEqualTo(AlertLevel.NORMAL);
        assertThat(VOLATILE.riseLevel(14.999)).isEqualTo(AlertLevel.NORMAL);
        assertThat(VOLATILE.riseLevel(15)).isEqualTo(AlertLevel.WASPADA);
        assertThat(VOLATILE.riseLevel(30)).isEqualTo(AlertLevel.SIAGA);
        assertThat(VOLATILE.riseLevel(49.999)).isEqualTo(AlertLevel.SIAGA);
        assertThat(VOLATILE.riseLevel(50)).isEqualTo(AlertLevel.AWAS);
    }

    @Test
    void coverThresholdsHoldAtTheirBoundaries() {
        // < 7 Waspada, < 3 Siaga, < 1 Awas.
        assertThat(STAPLE.coverLevel(7)).isEqualTo(AlertLevel.NORMAL);
        assertThat(STAPLE.coverLevel(6.99)).isEqualTo(AlertLevel.WASPADA);
        assertThat(STAPLE.coverLevel(3)).isEqualTo(AlertLevel.WASPADA);
        assertThat(STAPLE.coverLevel(2.99)).isEqualTo(AlertLevel.SIAGA);
        assertThat(STAPLE.coverLevel(1)).isEqualTo(AlertLevel.SIAGA);
        assertThat(STAPLE.coverLevel(0.99)).isEqualTo(AlertLevel.AWAS);
    }

    @Test
    void stockIsReplayedFromMovementsAndCoverUsesTheLastFourteenDaysOfSales() {
        List<StockMovement> m = new ArrayList<>();
        m.add(move(DAY.minusDays(30), MovementKind.RECEIPT, "500"));
        m.add(move(DAY.minusDays(20), MovementKind.SALE, "100"));    // before the 14-day window
        m.add(move(DAY.minusDays(14), MovementKind.SALE, "1000"));   // day 15 back: outside too
        m.add(move(DAY.minusDays(13), MovementKind.RECEIPT, "1000")); // 1.400
        m.add(move(DAY.minusDays(13), MovementKind.SALE, "70"));     // first day of the window
        m.add(move(DAY.minusDays(5), MovementKind.ADJUSTMENT, "-30"));
        m.add(move(DAY.minusDays(3), MovementKind.COUNT, "600"));     // counted: sets 600
        m.add(move(DAY, MovementKind.SALE, "70"));
        m.add(move(DAY.plusDays(1), MovementKind.SALE, "600"));       // after the day: ignored
        // Stock: 500 − 100 − 1.000 + 1.000 − 70 − 30 → counted 600 → − 70 = 530.
        // Sales in [DAY − 13, DAY]: 70 + 70 = 140 → mean 10 per day → 53 days of cover → Normal.
        StockCover s = StockCover.of(1, MEDIUM, DAY, m, STAPLE, AlertLevel.NORMAL);
        assertThat(s.onHand()).isEqualByComparingTo("530");
        assertThat(s.outflow14()).isEqualByComparingTo("140");
        assertThat(s.meanDailyOutflow()).isCloseTo(10.0, within(1e-12));
        assertThat(s.daysOfCover()).isCloseTo(53.0, within(1e-12));
        assertThat(s.level()).isEqualTo(AlertLevel.NORMAL);
    }

    @Test
    void zeroOutflowIsNoRiskUnlessTheStockIsEmpty() {
        // 200 received, nothing sold: cover undefined (not a division by zero) → Normal.
        StockCover full = StockCover.of(1, MEDIUM, DAY, List.of(move(DAY.minusDays(2), MovementKind.RECEIPT, "200")),
                STAPLE, AlertLevel.NORMAL);
        assertThat(full.daysOfCover()).isNull();
        assertThat(full.meanDailyOutflow()).isZero();
        assertThat(full.level()).isEqualTo(AlertLevel.NORMAL);
        // Counted empty, nothing sold: empty → Awas.
        StockCover empty = StockCover.of(1, MEDIUM, DAY, List.of(move(DAY.minusDays(2), MovementKind.RECEIPT, "200"),
                move(DAY.minusDays(1), MovementKind.COUNT, "0")), STAPLE, AlertLevel.NORMAL);
        assertThat(empty.empty()).isTrue();
        assertThat(empty.level()).isEqualTo(AlertLevel.AWAS);
    }

    @Test
    void theCoverLevelRisesOneStepWhenThePriceIsInSiagaOrAwas() {
        // 100 in stock, sales 280 over 14 days → 20/day → 5 days → Waspada; with the price at Siaga → Siaga.
        List<StockMovement> m = List.of(move(DAY.minusDays(20), MovementKind.RECEIPT, "380"),
                move(DAY.minusDays(3), MovementKind.SALE, "280"));
        assertThat(StockCover.of(1, MEDIUM, DAY, m, STAPLE, AlertLevel.WASPADA).level())
                .isEqualTo(AlertLevel.WASPADA);
        StockCover raised = StockCover.of(1, MEDIUM, DAY, m, STAPLE, AlertLevel.SIAGA);
        assertThat(raised.daysOfCover()).isCloseTo(5.0, within(1e-12));
        assertThat(raised.coverLevel()).isEqualTo(AlertLevel.WASPADA);
        assertThat(raised.level()).isEqualTo(AlertLevel.SIAGA);
        assertThat(raised.raised()).isTrue();

        List<Alert> alerts = Alerts.stockAlerts(catalog(), List.of(raised), defaults(), WORDS);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.STOCK);
            assertThat(a.level()).isEqualTo(AlertLevel.SIAGA);
            assertThat(a.placeCode()).isEqualTo("WLD-A");
            assertThat(a.value()).isCloseTo(5.0, within(1e-12));
            assertThat(a.threshold()).isEqualTo(7.0);
            assertThat(a.reason()).isEqualTo("Stok Beras Medium di WULANDARI Pasar A: 100 kg, cukup 5,0 hari; harga Siaga");
        });
    }

    @Test
    void missingReportsCountOnlyAfterTheCutOffOfAWorkingDay() {
        // A reported both commodities in the weeks before and only one today → Waspada; B reported nothing today
        // → Siaga; C, D, E never reported: expected all active commodities → Siaga.
        List<PricePoint> recent = List.of(p(A, MEDIUM, DAY.minusDays(3), 10_000), p(A, BAWANG, DAY.minusDays(3), 40_000),
                p(A, MEDIUM, DAY, 10_000), p(B, MEDIUM, DAY.minusDays(1), 10_000));
        ReportingRules rules = ReportingRules.DEFAULT;
        assertThat(Alerts.missingReports(catalog(), DAY, recent, rules, DAY.atTime(11, 59), WORDS)).isEmpty();
        List<Alert> alerts = Alerts.missingReports(catalog(), DAY, recent, rules, DAY.atTime(12, 0), WORDS);
        assertThat(alerts).hasSize(5);
        Alert a = alerts.get(0);
        assertThat(a.placeCode()).isEqualTo("PASAR-A");
        assertThat(a.level()).isEqualTo(AlertLevel.WASPADA);
        assertThat(a.reason()).isEqualTo("Pasar A baru melapor 1 dari 2 komoditas");
        assertThat(alerts.get(1).level()).isEqualTo(AlertLevel.SIAGA);
        assertThat(alerts.get(1).reason()).isEqualTo("Pasar B belum melapor sampai pukul 12:00");
        // Sunday is not a working day.
        LocalDate sunday = LocalDate.of(2025, 9, 14);
        assertThat(Alerts.missingReports(catalog(), sunday, recent, rules, sunday.atTime(18, 0), WORDS)).isEmpty();
        // A later day is always past its cut-off.
        assertThat(rules.due(DAY, LocalDateTime.of(2025, 9, 16, 8, 0))).isTrue();
        assertThat(ReportingRules.parse("10:30", "MONDAY").due(DAY, DAY.atTime(LocalTime.of(10, 30)))).isTrue();
        assertThat(ReportingRules.parse("rubbish", null)).isEqualTo(ReportingRules.DEFAULT);
    }

    @Test
    void priceAlertsCarryTheirValueThresholdAndAnIndonesianReason() {
        // Beras Medium: HET 12.500, price 14.000 → (1.500 × 100)/12.500 = 12 % → Siaga (threshold 5).
        // Week: 12.500 → 14.000 = +12 % → Siaga (threshold 10).
        DayIndicators day = DayIndicators.compute(catalog(), DAY, List.of(p(A, MEDIUM, DAY.minusDays(7), 12_500),
                p(A, MEDIUM, DAY, 14_000)), defaults());
        List<Alert> alerts = Alerts.sorted(Alerts.priceAlerts(day, defaults(), WORDS));
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.REFERENCE, AlertKind.PRICE_RISE);
        assertThat(alerts.get(0).value()).isCloseTo(12.0, within(1e-9));
        assertThat(alerts.get(0).threshold()).isEqualTo(5.0);
        assertThat(alerts.get(0).reason()).isEqualTo("Beras Medium Rp14.000, 12,0% di atas HET Rp12.500");
        assertThat(alerts.get(1).threshold()).isEqualTo(10.0);
        assertThat(alerts.get(1).reason()).isEqualTo("Beras Medium naik 12,0% sepekan, Rp12.500 menjadi Rp14.000");
        assertThat(Alerts.priceLevels(day)).isEqualTo(Map.of(MEDIUM, AlertLevel.SIAGA));
    }
}
