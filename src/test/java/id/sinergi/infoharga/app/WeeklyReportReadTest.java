package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReportAssembler;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.SyntheticPrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly report reads its trend weeks once and takes the completeness from the same prices: the same weeks and
 * the same completeness as each read on its own, on generated prices with missing days, for weeks in the past, the
 * running week (until mid-week) and a week before any price.
 */
class WeeklyReportReadTest {
    private static final LocalDate FROM = LocalDate.of(2024, 6, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    @TempDir
    Path folder;

    @Test
    void oneReadGivesTheSameWeeksAndCompletenessAsSeparateReads() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            ReferenceDataService reference = new ReferenceDataService(store);
            Catalog catalog = reference.catalog();
            assertThat(SyntheticPrices.insert(store, catalog, 6, 8, FROM, TO, 0.3, 5)).isGreaterThan(5_000);
            IndicatorService indicators = new IndicatorService(store, reference, new Messages(Messages.INDONESIAN));
            Random random = new Random(3);
            int count = WeeklyReportAssembler.TREND_WEEKS;
            List<EnumSet<DayOfWeek>> workingDays = List.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY));
            for (int i = 0; i < 12; i++) {
                IsoWeek week = IsoWeek.of(FROM.minusDays(20).plusDays(random.nextInt(320)));
                LocalDate until = random.nextBoolean() ? week.monday().plusDays(random.nextInt(9)) : TO.plusDays(1);
                DateRange read = IndicatorService.weeksRead(week, count);
                DateRange basket = IndicatorService.completenessRead(week);
                assertThat(read.from()).isBeforeOrEqualTo(basket.from());
                assertThat(read.to()).isAfterOrEqualTo(basket.to());
                List<PricePoint> points = indicators.pricesIn(List.of(read));
                assertThat(indicators.weeks(week, count, catalog, indicators.thresholds(catalog), points))
                        .isEqualTo(indicators.weeks(week, count));
                for (EnumSet<DayOfWeek> days : workingDays) {
                    assertThat(indicators.completeness(week, until, days, points)).as("%s until %s", week, until)
                            .isEqualTo(indicators.completeness(week, until, days));
                }
            }
        }
    }
}
