package id.sinergi.infoharga.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPriceModelTest {
    static final List<DemoLevel> LEVELS = List.of(
            new DemoLevel("BERAS-MEDIUM", 13_000, 100, 0.04, 0.02, 0.02),
            new DemoLevel("CABAI-RAWIT-MERAH", 45_000, 1_000, 0.03, 0.32, 0.22),
            new DemoLevel("DAGING-SAPI", 135_000, 1_000, 0.04, 0.03, 0.10));
    static final List<String> MARKETS = IntStream.range(0, 20).mapToObj(i -> "M" + i).toList();
    static final LocalDate FROM = LocalDate.of(2022, 7, 1);
    static final LocalDate UNTIL = LocalDate.of(2025, 6, 30);

    private static List<long[]> run(long seed) {
        DemoPriceModel model = new DemoPriceModel(seed, MARKETS, LEVELS, FROM, UNTIL);
        List<long[]> days = new ArrayList<>();
        while (model.hasNext()) {
            days.add(model.next());
        }
        return days;
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        List<long[]> a = run(7);
        List<long[]> b = run(7);
        List<long[]> c = run(8);
        assertThat(a).hasSize(1096); // 1 Jul 2022 – 30 Jun 2025: 365 + 366 + 365 days
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).isEqualTo(b.get(i));
        }
        assertThat(IntStream.range(0, a.size()).filter(i -> !java.util.Arrays.equals(a.get(i), c.get(i))).count())
                .isGreaterThan(1000);
    }

    @Test
    void pricesArePlausibleRoundedAndAbout3PercentMissing() {
        List<long[]> days = run(1);
        long missing = 0;
        long total = 0;
        for (long[] day : days) {
            for (int s = 0; s < day.length; s++) {
                DemoLevel level = LEVELS.get(s % LEVELS.size());
                total++;
                if (day[s] == 0) {
                    missing++;
                    continue;
                }
                assertThat(day[s]).isBetween(level.levelRp() / 2, level.levelRp() * 5 / 2);
                assertThat(day[s] % level.stepRp()).isZero();
            }
        }
        assertThat((double) missing / total).isBetween(0.01, 0.06);
    }

    @Test
    void chilliSwingsByTensOfPercentWhileRiceStaysCalm() {
        List<long[]> days = run(3);
        Map<Integer, double[]> range = Map.of(0, minMax(days, 0), 1, minMax(days, 1));
        // Market 0's series over three years: rice within a narrow band, chilli at least doubling somewhere.
        assertThat(range.get(0)[1] / range.get(0)[0]).isLessThan(1.4);
        assertThat(range.get(1)[1] / range.get(1)[0]).isGreaterThan(2.0);
    }

    private static double[] minMax(List<long[]> days, int commodity) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (long[] day : days) {
            if (day[commodity] > 0) {
                min = Math.min(min, day[commodity]);
                max = Math.max(max, day[commodity]);
            }
        }
        return new double[] {min, max};
    }

    @Test
    void pricesRiseBeforeIdulfitri() {
        // Beef, averaged over markets and the three Lebaran seasons: the last week before Idulfitri against the
        // same week two months later, with the trend between them taken out (≈ 0.04 × 2/12 ≈ 0.7 %).
        double before = 0;
        double after = 0;
        for (int year = 2023; year <= 2025; year++) {
            LocalDate fitri = HolidayCalendar.idulfitri(year).orElseThrow();
            before += meanBeef(fitri.minusDays(7), fitri.minusDays(1));
            after += meanBeef(fitri.plusDays(53), fitri.plusDays(59));
        }
        assertThat(before / after).isGreaterThan(1.05);
    }

    private static double meanBeef(LocalDate from, LocalDate to) {
        DemoPriceModel model = new DemoPriceModel(5, MARKETS, LEVELS, LocalDate.of(2022, 7, 1), to);
        double sum = 0;
        int n = 0;
        while (model.hasNext()) {
            LocalDate d = model.nextDate();
            long[] p = model.next();
            if (!d.isBefore(from)) {
                for (int m = 0; m < MARKETS.size(); m++) {
                    long price = p[m * LEVELS.size() + 2];
                    if (price > 0) {
                        sum += price;
                        n++;
                    }
                }
            }
        }
        return sum / n;
    }

    @Test
    void holidayShapePeaksJustBeforeLebaran() {
        LocalDate fitri = LocalDate.of(2025, 3, 31);
        assertThat(DemoPriceModel.holidayShape(fitri.minusDays(1))).isEqualTo(1.0);
        assertThat(DemoPriceModel.holidayShape(fitri.minusDays(45))).isZero();
        assertThat(DemoPriceModel.holidayShape(fitri.plusDays(7))).isEqualTo(0.5);
        assertThat(DemoPriceModel.holidayShape(LocalDate.of(2025, 12, 31))).isEqualTo(0.5);
        assertThat(DemoPriceModel.holidayShape(LocalDate.of(2025, 9, 15))).isZero();
    }
}
