package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Deterministic synthetic prices for tests and benchmarks: per commodity a base price with a trend, a yearly
 * season and a random walk, per market a level of its own and noise; some markets skip Sundays and every market
 * misses a share of its days, so that base days have to be searched for.
 */
public final class SyntheticPrices {
    private SyntheticPrices() {
    }

    /** Generates the prices of {@code markets} × {@code commodities} from {@code from} to {@code to}. */
    public static void generate(List<Market> markets, List<Commodity> commodities, LocalDate from, LocalDate to,
                                double missingShare, long seed, Consumer<List<PricePoint>> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        int nc = commodities.size();
        double[] walk = new double[nc];
        double[] base = new double[nc];
        for (int i = 0; i < nc; i++) {
            base[i] = 8_000 + 2_000 * (i % 20) + random.nextInt(0, 1_000);
        }
        double[] marketLevel = new double[markets.size()];
        for (int m = 0; m < markets.size(); m++) {
            marketLevel[m] = 0.94 + 0.12 * random.nextDouble();
        }
        List<PricePoint> day = new ArrayList<>();
        long index = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1), index++) {
            day.clear();
            for (int i = 0; i < nc; i++) {
                walk[i] = 0.995 * walk[i] + random.nextGaussian() * 0.01;
            }
            for (int m = 0; m < markets.size(); m++) {
                if (m % 4 == 3 && d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (int i = 0; i < nc; i++) {
                    if (random.nextDouble() < missingShare) {
                        continue;
                    }
                    double season = 0.05 * Math.sin(2 * Math.PI * (d.getDayOfYear() + 30 * i) / 365.25);
                    double trend = 0.00008 * index;
                    double noise = random.nextGaussian() * 0.01;
                    long price = Math.round(base[i] * marketLevel[m] * (1 + trend + season + walk[i] + noise) / 50) * 50;
                    day.add(new PricePoint(markets.get(m).id(), commodities.get(i).id(), d, Math.max(price, 50)));
                }
            }
            sink.accept(day);
        }
    }

    /** Inserts the prices into the store in batches, then rebuilds the monthly sums; returns the row count. */
    public static long insert(Store store, Catalog catalog, int marketCount, int commodityCount, LocalDate from,
                              LocalDate to, double missingShare, long seed) {
        List<Market> markets = catalog.markets().subList(0, Math.min(marketCount, catalog.markets().size()));
        List<Commodity> commodities = catalog.commodities().subList(0,
                Math.min(commodityCount, catalog.commodities().size()));
        List<PricePoint> batch = new ArrayList<>();
        long[] count = {0};
        generate(markets, commodities, from, to, missingShare, seed, day -> {
            batch.addAll(day);
            if (batch.size() >= 20_000) {
                flush(store, batch);
            }
            count[0] += day.size();
        });
        flush(store, batch);
        store.inTransaction(tx -> {
            tx.prices().clearMonths(from.withDayOfMonth(1), to.withDayOfMonth(1));
            tx.prices().rebuildMonths(from, to);
            return null;
        });
        return count[0];
    }

    private static void flush(Store store, List<PricePoint> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<PricePoint> copy = List.copyOf(batch);
        store.inTransaction(tx -> {
            tx.prices().insertBatch(copy, "synthetic", "test");
            return null;
        });
        batch.clear();
    }
}
