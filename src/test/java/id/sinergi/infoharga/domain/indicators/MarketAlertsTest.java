package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Words;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.A;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.B;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.C;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.D;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MEDIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.catalog;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.defaults;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A market that is the cause gets its own alert; the regency's alert stays "Kabupaten". */
class MarketAlertsTest {
    private static final Words WORDS = new Messages(Messages.INDONESIAN)::get;
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @Test
    void aMarketAtAHigherLevelThanTheRegencyIsNamed() {
        // Beras Medium, HET 12.500. A week before every market 12.000; today A 12.000, B 12.400, C 12.600, D 14.000.
        // Regency 12.750: gap (12.750 − 12.500)/12.500 = +2 % (Waspada), week +6,25 % (Waspada, staples 5/10/20).
        // D: gap (14.000 − 12.500)/12.500 = +12 % (Siaga), week 14.000/12.000 − 1 = +16,67 % (Siaga): both above
        // the regency's level → two alerts at D. C: gap +0,8 %, week +5 % (Waspada = the regency's) → none.
        List<id.sinergi.infoharga.domain.PricePoint> prices = new java.util.ArrayList<>();
        for (int m : List.of(A, B, C, D)) {
            prices.add(p(m, MEDIUM, DAY.minusDays(7), 12_000));
        }
        prices.add(p(A, MEDIUM, DAY, 12_000));
        prices.add(p(B, MEDIUM, DAY, 12_400));
        prices.add(p(C, MEDIUM, DAY, 12_600));
        prices.add(p(D, MEDIUM, DAY, 14_000));
        DayIndicators day = DayIndicators.compute(catalog(), DAY, prices, defaults());
        CommodityDay medium = day.commodity(MEDIUM).orElseThrow();
        assertThat(medium.regency().price()).isEqualTo(12_750.0);
        assertThat(medium.regency().reference().level()).isEqualTo(AlertLevel.WASPADA);
        assertThat(medium.regency().riseLevel()).isEqualTo(AlertLevel.WASPADA);

        List<Alert> regency = Alerts.priceAlerts(day, defaults(), WORDS);
        assertThat(regency).hasSize(2).allMatch(a -> a.marketId() == null && a.level() == AlertLevel.WASPADA);

        List<Alert> markets = Alerts.sorted(Alerts.marketPriceAlerts(day, defaults(), WORDS));
        assertThat(markets).hasSize(2);
        Alert ref = markets.get(0);
        assertThat(ref.kind()).isEqualTo(AlertKind.REFERENCE);
        assertThat(ref.level()).isEqualTo(AlertLevel.SIAGA);
        assertThat(ref.marketId()).isEqualTo(D);
        assertThat(ref.placeName()).isEqualTo("Pasar D");
        assertThat(ref.value()).isCloseTo(12.0, within(1e-9));
        assertThat(ref.reason()).isEqualTo("Pasar D: Beras Medium Rp14.000, 12,0% di atas HET Rp12.500 "
                + "(kabupaten Rp12.750)");
        Alert rise = markets.get(1);
        assertThat(rise.kind()).isEqualTo(AlertKind.PRICE_RISE);
        assertThat(rise.level()).isEqualTo(AlertLevel.SIAGA);
        assertThat(rise.marketId()).isEqualTo(D);
        assertThat(rise.value()).isCloseTo(100.0 * 2_000 / 12_000, within(1e-9));
        assertThat(rise.reason()).isEqualTo("Pasar D: Beras Medium naik 16,7% sepekan, Rp12.000 menjadi Rp14.000");
    }

    @Test
    void aMarketAtWaspadaAloneIsTheEverydaySpread() {
        // Only D reports a week before and today: 12.000 → 12.700. Regency = D: week +5,83 %, gap +1,6 %; D's own
        // figures are the same, so D adds nothing. With B at 12.300 beside it the regency is 12.500 (gap 0 %,
        // Normal) and D's +1,6 % is Waspada: above the regency, but not Siaga → still no market alert.
        DayIndicators alone = DayIndicators.compute(catalog(), DAY, List.of(p(D, MEDIUM, DAY.minusDays(7), 12_000),
                p(D, MEDIUM, DAY, 12_700)), defaults());
        assertThat(Alerts.marketPriceAlerts(alone, defaults(), WORDS)).isEmpty();
        DayIndicators two = DayIndicators.compute(catalog(), DAY, List.of(p(D, MEDIUM, DAY, 12_700),
                p(B, MEDIUM, DAY, 12_300)), defaults());
        assertThat(two.commodity(MEDIUM).orElseThrow().regency().reference().gapPct()).isCloseTo(0.0, within(1e-9));
        assertThat(two.commodity(MEDIUM).orElseThrow().market(D).orElseThrow().figures().reference().level())
                .isEqualTo(AlertLevel.WASPADA);
        assertThat(Alerts.marketPriceAlerts(two, defaults(), WORDS)).isEmpty();
    }
}
