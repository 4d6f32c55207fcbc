package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.indicators.Alps;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.CommodityHistory;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.testing.KeptAggregates;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregates kept beside the prices (regency days for the trend, regency months for ALPS) stay what the
 * straightforward computation from the raw rows gives, through every write path: generated demo data, market-day
 * saves with missing days and edits that move the cheapest and dearest market, a received package, an import, the
 * demo's removal, a compaction and a restore. Random prices, seeded.
 */
class KeptAggregatesTest {
    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path dir;

    @Test
    void keptAggregatesEqualTheStraightforwardComputationThroughEveryWritePath() throws IOException {
        Random r = new Random(62);
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
        Path officeFolder = dir.resolve("kantor");
        try (Laptop office = new Laptop(officeFolder, "Laptop Kantor", clock)) {
            office.context.accounts().createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
            Actor kepala = office.login("kepala");
            office.context.accounts().createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
            office.context.accounts().assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());

            // Three years of demo data on two markets, ending well before the entries: ALPS is eligible on it.
            office.context.demo().generate(kepala, new DemoDataService.DemoRequest(3, 2, 7,
                    LocalDate.of(2025, 6, 30)), line -> { });
            checkWhileOpen(office, YearMonth.of(2025, 6));
            Path start = office.send("kepala", "awal.sinergi");

            List<Market> markets = office.catalog().activeMarkets().subList(0, 5);
            List<Commodity> commodities = office.catalog().activeCommodities().subList(0, 6);
            // Saves: random markets, days and commodities left out, then edits of some saved prices.
            List<Object[]> saved = new ArrayList<>();
            for (int d = 0; d < 40; d++) {
                for (Market m : markets) {
                    if (r.nextInt(4) == 0) {
                        continue;
                    }
                    List<Object> line = new ArrayList<>();
                    for (Commodity c : commodities) {
                        if (r.nextInt(3) > 0) {
                            long price = 10_000 + 1_000L * c.id() + 100L * r.nextInt(8);
                            line.add(c.code());
                            line.add(price);
                            saved.add(new Object[] {m.code(), START.plusDays(d), c.code()});
                        }
                    }
                    if (!line.isEmpty()) {
                        tick(clock);
                        office.enter("kepala", m.code(), START.plusDays(d), line.toArray());
                    }
                }
            }
            for (int i = 0; i < 60; i++) {
                Object[] k = saved.get(r.nextInt(saved.size()));
                tick(clock);
                // Far below and above the others: the day's cheapest or dearest market changes, and back.
                long price = r.nextBoolean() ? 5_000 + r.nextInt(3) * 100L : 40_000 + r.nextInt(3) * 100L;
                office.enter("kepala", (String) k[0], (LocalDate) k[1], (String) k[2], price);
            }
            checkWhileOpen(office, YearMonth.of(2026, 10));

            // A package from an officer's laptop: new prices and changes of the office's ones at one market.
            try (Laptop raya = new Laptop(dir.resolve("raya"), "Laptop Raya", clock)) {
                raya.context.sync().startFrom(start, office.fingerprint(), WorkProgress.NONE);
                for (int d = 20; d < 55; d++) {
                    List<Object> line = new ArrayList<>();
                    for (Commodity c : commodities) {
                        if (r.nextInt(4) > 0) {
                            line.add(c.code());
                            line.add(9_000 + 1_000L * c.id() + 100L * r.nextInt(20));
                        }
                    }
                    tick(clock);
                    raya.enter("budi", "RAYA-MJS", START.plusDays(d), line.toArray());
                }
                Path sent = raya.send("budi", "raya.sinergi");
                tick(clock);
                // The first reading only makes the laptop known; accepted, its package applies.
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> office.receive("kepala", sent))
                        .isInstanceOf(id.sinergi.infoharga.app.sync.DeviceNotAcceptedException.class);
                office.context.sync().accept(kepala, raya.context.device().identity().id().toString(), null);
                office.receive("kepala", sent);
            }
            checkWhileOpen(office, YearMonth.of(2026, 10));

            // An import: new days, and some stored prices changed.
            StringBuilder csv = new StringBuilder("date,market,commodity,price\n");
            for (int d = 30; d < 70; d++) {
                for (Market m : markets.subList(1, 4)) {
                    for (Commodity c : commodities) {
                        if (r.nextInt(3) > 0) {
                            csv.append(START.plusDays(d)).append(',').append(m.code()).append(',').append(c.code())
                                    .append(',').append(10_000 + 1_000L * c.id() + 100L * r.nextInt(8)).append('\n');
                        }
                    }
                }
            }
            Path file = Files.writeString(dir.resolve("impor.csv"), csv);
            tick(clock);
            office.context.imports().importPrices(kepala,
                    new ImportService.ImportRequest(file, null, null, null, false, false, true));
            checkWhileOpen(office, YearMonth.of(2026, 11));

            tick(clock);
            office.context.demo().remove(kepala);
            checkWhileOpen(office, YearMonth.of(2026, 11));
            office.context.backups().backupTo(kepala, dir.resolve("cadangan.zip"));
        }
        int days = KeptAggregates.check(officeFolder);
        assertThat(days).as("regency days compared").isGreaterThan(150);

        BackupService.CompactResult compacted = BackupService.compact(officeFolder, clock, ID);
        assertThat(compacted.report().sound()).isTrue();
        assertThat(KeptAggregates.check(officeFolder)).isEqualTo(days);

        Path restored = dir.resolve("pulih");
        BackupService.restore(restored, dir.resolve("cadangan.zip"), clock, ID,
                BackupService.RestoreAuthority.NONE);
        assertThat(KeptAggregates.check(restored)).isEqualTo(days);
    }

    /** The app's own answers (ALPS of every commodity, the regency days of the trend) against the raw rows. */
    private static void checkWhileOpen(Laptop office, YearMonth month) {
        // The kept weekly sums after this write path, before a later one could recompute the same weeks.
        assertThat(KeptAggregates.checkWeeks(store(office))).as("market weeks compared").isPositive();
        IndicatorService indicators = office.context.indicators();
        // The weekly report's stock levels from the stocked commodities' prices alone, against the whole day's.
        Catalog catalog = office.catalog();
        var thresholds = indicators.thresholds(catalog);
        for (LocalDate day : List.of(month.atDay(10), month.atEndOfMonth())) {
            List<id.sinergi.infoharga.domain.StockMovement> moves = store(office).read(tx -> RecentStock.read(
                    tx.stock(), catalog, day, true).movements());
            if (month.equals(YearMonth.of(2025, 6))) {
                assertThat(moves).as("the demo's stock movements").isNotEmpty();
            }
            java.util.Set<Integer> stocked = new java.util.TreeSet<>();
            moves.forEach(m -> stocked.add(m.commodityId()));
            assertThat(indicators.day(day, catalog, thresholds, stocked).commodities()).as("figures of %s", day)
                    .isEqualTo(indicators.day(day, catalog, thresholds).commodities().stream()
                            .filter(c -> stocked.contains(c.commodityId())).toList());
            assertThat(office.context.alerts().stock(day, catalog, moves)).as("stock of %s", day).isEqualTo(
                    office.context.alerts().stock(day, catalog, thresholds, indicators.day(day, catalog,
                            thresholds), moves));
        }
        DateRange all = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
        List<Integer> ids = office.catalog().activeCommodities().stream().map(Commodity::id).toList();
        List<MonthSum> straightforward = new ArrayList<>();
        for (int c : ids) {
            CommodityHistory h = indicators.history(c, all);
            CommodityHistory kept = indicators.trend(c, all, List.of());
            assertThat(kept.days()).as("regency days of %d", c).isEqualTo(h.days());
            assertThat(kept.downsampled(300)).isEqualTo(h.downsampled(300));
            h.byMarket().forEach((market, points) -> {
                java.util.Map<YearMonth, long[]> sums = new java.util.TreeMap<>();
                points.forEach(p -> {
                    long[] s = sums.computeIfAbsent(YearMonth.from(p.date()), k -> new long[2]);
                    s[0] += p.priceRp();
                    s[1]++;
                });
                sums.forEach((m, s) -> straightforward.add(new MonthSum(market, c, m, s[0], (int) s[1])));
            });
        }
        // In market order within a month, as price_month is read.
        straightforward.sort(java.util.Comparator.comparing(MonthSum::commodityId).thenComparing(MonthSum::month)
                .thenComparing(MonthSum::marketId));
        List<AlpsResult> expected = Alps.computeAll(straightforward, ids, month, ID::get);
        assertThat(indicators.alps(month.atDay(1))).isEqualTo(expected);
        assertThat(indicators.alps(month, null)).isEqualTo(expected);
        int market = office.catalog().activeMarkets().get(0).id();
        assertThat(indicators.alps(month, market)).isEqualTo(Alps.computeAll(
                straightforward.stream().filter(s -> s.marketId() == market).toList(), ids, month, ID::get));
        for (int c : ids) {
            assertThat(indicators.alps(c, month)).isEqualTo(Alps.compute(c,
                    Alps.regencySeries(straightforward, c), month, ID::get));
        }
    }

    /** The open folder's store (the context keeps it to itself: the app reaches it only through services). */
    private static id.sinergi.infoharga.store.Store store(Laptop office) {
        try {
            java.lang.reflect.Field f = office.context.getClass().getDeclaredField("store");
            f.setAccessible(true);
            return (id.sinergi.infoharga.store.Store) f.get(office.context);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void tick(MutableClock clock) {
        clock.advance(Duration.ofSeconds(7));
    }
}
