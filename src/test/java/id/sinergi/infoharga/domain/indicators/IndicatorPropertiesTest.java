package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.PricePoint;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.E;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.catalog;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IndicatorPropertiesTest {
    private static final LocalDate D = LocalDate.of(2025, 3, 31);
    private static final int[] COMMODITIES = {1, 2, 3, 4, 5};

    /**
     * Markets A–D report each commodity on a random subset of the days a figure of D can read; each (market,
     * commodity) has one price on every day before D, and that price × (100 + x)/100 on D.
     */
    private static List<PricePoint> uniformRise(long seed, int x, double presence) {
        SplittableRandom r = new SplittableRandom(seed);
        List<PricePoint> out = new ArrayList<>();
        for (int c : COMMODITIES) {
            for (int m = 1; m <= 4; m++) {
                long before = 100L * r.nextInt(50, 1_000);
                for (DateRange range : DayIndicators.rangesNeeded(D)) {
                    for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                        if (r.nextDouble() >= presence) {
                            continue;
                        }
                        long price = day.equals(D) ? before * (100 + x) / 100 : before;
                        out.add(new PricePoint(m, c, day, price));
                    }
                }
            }
        }
        return out;
    }

    @Property(tries = 200)
    void aUniformRiseGivesTheSameRiseInEveryDefinedChange(@ForAll long seed, @ForAll @IntRange(min = -50, max = 200) int x,
                                                          @ForAll @DoubleRange(min = 0.2, max = 1) double presence) {
        DayIndicators day = DayIndicators.compute(catalog(), D, uniformRise(seed, x, presence), defaults());
        Map<Integer, Double> dayChanges = new HashMap<>();
        for (CommodityDay c : day.commodities()) {
            for (Horizon h : Horizon.values()) {
                Change regency = c.regency().change(h);
                if (regency != null) {
                    assertThat(regency.pct()).isCloseTo(x, within(1e-9));
                }
                for (MarketFigures m : c.markets()) {
                    Change own = m.figures().change(h);
                    if (own != null) {
                        assertThat(own.pct()).isCloseTo(x, within(1e-9));
                    }
                }
            }
            if (c.regency().day() != null) {
                dayChanges.put(c.commodityId(), c.regency().day().pct());
            }
        }
        WeightedChange w = WeightedChange.of(catalog(), dayChanges);
        if (w.pct() != null) {
            assertThat(w.pct()).isCloseTo(x, within(1e-9));
        }
    }

    @Property(tries = 200)
    void aUniformRiseBetweenTwoWeeksGivesTheSameWeekOnWeekAndWeightedChange(
            @ForAll long seed, @ForAll @IntRange(min = -50, max = 200) int x) {
        SplittableRandom r = new SplittableRandom(seed);
        IsoWeek week = IsoWeek.of(D);
        List<PricePoint> points = new ArrayList<>();
        for (int c : COMMODITIES) {
            for (int m = 1; m <= 4; m++) {
                long before = 100L * r.nextInt(50, 1_000);
                for (int i = 0; i < 7; i++) {
                    if (r.nextBoolean()) {
                        points.add(new PricePoint(m, c, week.previous().monday().plusDays(i), before));
                    }
                    if (r.nextBoolean()) {
                        points.add(new PricePoint(m, c, week.monday().plusDays(i), before * (100 + x) / 100));
                    }
                }
            }
        }
        WeekIndicators w = WeekIndicators.compute(catalog(), week, points, defaults());
        w.commodities().stream().filter(f -> f.change() != null)
                .forEach(f -> assertThat(f.change().pct()).isCloseTo(x, within(1e-9)));
        if (w.weighted().pct() != null) {
            assertThat(w.weighted().pct()).isCloseTo(x, within(1e-9));
        }
    }

    @Property(tries = 300)
    void contributionsAddUpToTheWeightedChange(
            @ForAll @Size(max = 5) List<@DoubleRange(min = -80, max = 300) Double> changes) {
        Map<Integer, Double> byCommodity = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            byCommodity.put(COMMODITIES[i], changes.get(i));
        }
        WeightedChange w = WeightedChange.of(catalog(), byCommodity);
        if (byCommodity.isEmpty()) {
            assertThat(w.pct()).isNull();
            return;
        }
        double sum = w.groups().stream().mapToDouble(WeightedChange.GroupContribution::contribution).sum();
        assertThat(sum).isCloseTo(w.pct(), within(1e-9));
        assertThat(w.groups().stream().mapToDouble(WeightedChange.GroupContribution::weight).sum())
                .isCloseTo(w.totalWeight(), within(1e-12));
    }

    @Property(tries = 200)
    void aMarketReportingOnlyOnOneOfTheTwoDaysNeverChangesARegencyChange(
            @ForAll long seed, @ForAll @DoubleRange(min = 0.2, max = 1) double presence,
            @ForAll @IntRange(min = 100, max = 500_000) int price, @ForAll boolean onTheDay) {
        SplittableRandom r = new SplittableRandom(seed);
        List<PricePoint> points = new ArrayList<>();
        for (int c : COMMODITIES) {
            for (int m = 1; m <= 4; m++) {
                for (DateRange range : DayIndicators.rangesNeeded(D)) {
                    for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                        if (r.nextDouble() < presence) {
                            points.add(new PricePoint(m, c, day, 100L * r.nextInt(50, 1_000)));
                        }
                    }
                }
            }
        }
        DayIndicators before = DayIndicators.compute(catalog(), D, points, defaults());
        // Market E joins: either only on D, or only on the base days of D's changes (never on D itself).
        List<PricePoint> more = new ArrayList<>(points);
        for (CommodityDay c : before.commodities()) {
            if (onTheDay) {
                more.add(new PricePoint(E, c.commodityId(), D, price));
            } else {
                for (Horizon h : Horizon.values()) {
                    Change ch = c.regency().change(h);
                    if (ch != null) {
                        more.add(new PricePoint(E, c.commodityId(), ch.baseDate(), price));
                    }
                }
            }
        }
        DayIndicators after = DayIndicators.compute(catalog(), D, more, defaults());
        for (CommodityDay c : before.commodities()) {
            CommodityDay a = after.commodity(c.commodityId()).orElseThrow();
            for (Horizon h : Horizon.values()) {
                assertThat(a.regency().change(h)).isEqualTo(c.regency().change(h));
            }
        }
    }
}
