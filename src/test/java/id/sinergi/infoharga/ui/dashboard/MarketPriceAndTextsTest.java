package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.CommodityDay;
import id.sinergi.infoharga.domain.indicators.MarketFigures;
import id.sinergi.infoharga.domain.indicators.PriceFigures;
import id.sinergi.infoharga.domain.indicators.ReferenceGap;
import id.sinergi.infoharga.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The market × commodity cells and the dashboard's reference, gap and ALPS texts, worked by hand. */
class MarketPriceAndTextsTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final ReferenceTexts id = new ReferenceTexts(new Messages(Messages.INDONESIAN),
            new Formats(Messages.INDONESIAN, JAKARTA));
    private final ReferenceTexts en = new ReferenceTexts(new Messages(Locale.ENGLISH),
            new Formats(Locale.ENGLISH, JAKARTA));

    private static ReferenceGap het(double price) {
        return new ReferenceGap(ReferenceKind.HET, null, 12_500, "Perbadan 5/2024", (price - 12_500) * 100 / 12_500,
                AlertLevel.NORMAL, false);
    }

    private static PriceFigures figures(double price, int markets, ReferenceGap ref) {
        return new PriceFigures(price, markets, null, null, null, null, null, ref, null);
    }

    @Test
    void aMarketPriceIsSetAgainstTheHetAndTheRegencyPrice() {
        // The regency price as the service gave it: 13.000 (HET 12.500).
        // M1 12.000: (12.000 − 13.000)/13.000 = −7,69 % → below; under the HET (−4 %).
        // M2 13.000: 0 % → near; above the HET (+4 %).
        // M4 is not in the day's list: it did not report this commodity → no cell.
        CommodityDay c = new CommodityDay(2, "BERAS-MEDIUM", "Beras Medium", "kg", 1, figures(13_000, 3, het(13_000)),
                List.of(new MarketFigures(1, "M1", "Pasar Satu", figures(12_000, 1, het(12_000))),
                        new MarketFigures(2, "M2", "Pasar Dua", figures(13_000, 1, het(13_000))),
                        new MarketFigures(3, "M3", "Pasar Tiga", figures(14_040, 1, het(14_040)))));
        MarketPrice m1 = MarketPrice.of(c, 1);
        assertThat(m1.side()).isEqualTo(MarketPrice.Side.BELOW);
        assertThat(m1.vsRegencyPct()).isCloseTo(-100.0 / 13, within(1e-9));
        assertThat(m1.aboveReference()).isFalse();
        MarketPrice m2 = MarketPrice.of(c, 2);
        assertThat(m2.side()).isEqualTo(MarketPrice.Side.NEAR);
        assertThat(m2.aboveReference()).isTrue();
        // M3 14.040: (14.040 − 13.000)/13.000 = +8 % → above; HET gap +12,32 %.
        MarketPrice m3 = MarketPrice.of(c, 3);
        assertThat(m3.side()).isEqualTo(MarketPrice.Side.ABOVE);
        assertThat(m3.vsRegencyPct()).isCloseTo(8.0, within(1e-9));
        assertThat(m3.aboveReference()).isTrue();
        assertThat(MarketPrice.of(c, 4)).isNull();
        // Exactly 5 % from the regency price is still near: 13.650 → +5 %.
        CommodityDay edge = new CommodityDay(2, "BERAS-MEDIUM", "Beras Medium", "kg", 1, figures(13_000, 2, null),
                List.of(new MarketFigures(5, "M5", "Pasar Lima", figures(13_650, 1, null))));
        assertThat(MarketPrice.of(edge, 5).side()).isEqualTo(MarketPrice.Side.NEAR);
        assertThat(MarketPrice.of(edge, 5).aboveReference()).isFalse();
    }

    @Test
    void aPriceInsideAHapRangeIsWithinRangeNotALargeNegativeGap() {
        // HAP cabai merah keriting Rp37.000–Rp55.000. 38.000: gap to the top (38.000 − 55.000)/55.000 = −30,9 %.
        ReferenceGap inside = new ReferenceGap(ReferenceKind.HAP, 37_000L, 55_000, "Perbadan 17/2023",
                (38_000 - 55_000) * 100.0 / 55_000, AlertLevel.NORMAL, false);
        assertThat(id.reference(inside)).isEqualTo("HAP Rp37.000\u2013Rp55.000");
        assertThat(id.gap(inside, 38_000)).isEqualTo("dalam rentang");
        assertThat(en.gap(inside, 38_000)).isEqualTo("within range");
        // 30.000 is under the bottom of the range: information for the farmers' side.
        ReferenceGap below = new ReferenceGap(ReferenceKind.HAP, 37_000L, 55_000, "Perbadan 17/2023",
                (30_000 - 55_000) * 100.0 / 55_000, AlertLevel.NORMAL, true);
        assertThat(id.gap(below, 30_000)).isEqualTo("di bawah rentang");
        // 57.750 is above the top: (57.750 − 55.000)/55.000 = +5,0 %.
        ReferenceGap above = new ReferenceGap(ReferenceKind.HAP, 37_000L, 55_000, "Perbadan 17/2023",
                (57_750 - 55_000) * 100.0 / 55_000, AlertLevel.WASPADA, false);
        assertThat(id.gap(above, 57_750)).isEqualTo("+5,0%");
        // A HET keeps its gap below it: 11.875 → (11.875 − 12.500)/12.500 = −5 %.
        assertThat(id.reference(het(11_875))).isEqualTo("HET Rp12.500");
        assertThat(id.gap(het(11_875), 11_875)).isEqualTo("\u22125,0%");
        assertThat(en.gap(het(11_875), 11_875)).isEqualTo("\u22125,0%");
    }

    @Test
    void alpsShowsItsLevelAndZScoreOrWhyThereIsNone() {
        AlpsResult siaga = new AlpsResult(2, YearMonth.of(2026, 11), 48, 48, 14_000.0, 13_650.0, 260.0,
                350.0 / 260.0, AlertLevel.SIAGA, null);
        // (14.000 − 13.650)/260 = 1,346… → "+1,35", level Siaga ([1, 2)).
        assertThat(id.alps(siaga)).isEqualTo("Siaga (z = +1,35)");
        assertThat(en.alps(siaga)).isEqualTo("Alert (z = +1,35)");
        AlpsResult young = new AlpsResult(2, YearMonth.of(2026, 12), 25, 25, null, null, null, null, null,
                "riwayat kurang dari 36 bulan (25 bulan)");
        assertThat(id.alps(young)).isEqualTo("riwayat kurang dari 36 bulan (25 bulan)");
        assertThat(id.alpsShort(young)).isEqualTo("riwayat 25/36 bln");
        assertThat(en.alpsShort(young)).isEqualTo("25/36 months");
        AlpsResult none = new AlpsResult(2, YearMonth.of(2026, 12), 0, 0, null, null, null, null, null,
                "belum ada harga bulanan");
        assertThat(id.alpsShort(none)).isEqualTo("belum ada harga bulanan");
    }
}
