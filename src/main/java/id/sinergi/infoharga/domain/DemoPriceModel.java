package id.sinergi.infoharga.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates believable daily prices for every market and commodity, one day at a time, from a seed: the same seed,
 * markets and levels always give the same prices. A price is the commodity's level, moved by a slow trend (level
 * reached on the last day), a commodity-wide swing shared by all markets (slow for staples, tens of percent over
 * weeks for chilli and shallot), the HBKN rises, a stable offset per market and per market-commodity, and weekly
 * noise; then rounded to the trader's step. About 3 % of reports are missing (a market's whole day, or one item).
 */
public final class DemoPriceModel {
    /** Whatever the random walk does, a price stays within these multiples of the level. */
    public static final double MIN_FACTOR = 0.55;
    public static final double MAX_FACTOR = 2.3;
    static final double MARKET_DAY_MISSING = 0.015;
    static final double ITEM_MISSING = 0.015;

    private final List<DemoLevel> levels;
    private final int marketCount;
    private final LocalDate until;
    private LocalDate next;

    private final SplittableRandom[] commodityRandom;
    private final double[] common;
    private final double[] commonPhi;
    private final double[] commonSd;
    private final SplittableRandom[] marketRandom;
    private final double[] marketOffset;
    private final SplittableRandom[] seriesRandom;
    private final double[] seriesOffset;
    private final double[] idio;
    private final double[] idioSd;
    private static final double IDIO_PHI = Math.exp(-1.0 / 7);

    public DemoPriceModel(long seed, List<String> marketCodes, List<DemoLevel> levels, LocalDate from,
                          LocalDate until) {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until before from");
        }
        this.levels = List.copyOf(levels);
        this.marketCount = marketCodes.size();
        this.until = until;
        this.next = from;
        int c = levels.size();
        commodityRandom = new SplittableRandom[c];
        common = new double[c];
        commonPhi = new double[c];
        commonSd = new double[c];
        for (int j = 0; j < c; j++) {
            DemoLevel level = levels.get(j);
            commodityRandom[j] = random(seed, level.commodityCode(), "");
            // Volatile goods swing over weeks, staples drift over months.
            double days = level.swing() >= 0.15 ? 30 : 75;
            commonPhi[j] = Math.exp(-1 / days);
            commonSd[j] = level.swing() * Math.sqrt(1 - commonPhi[j] * commonPhi[j]);
            common[j] = level.swing() * commodityRandom[j].nextGaussian();
        }
        marketRandom = new SplittableRandom[marketCount];
        marketOffset = new double[marketCount];
        seriesRandom = new SplittableRandom[marketCount * c];
        seriesOffset = new double[marketCount * c];
        idio = new double[marketCount * c];
        idioSd = new double[marketCount * c];
        for (int m = 0; m < marketCount; m++) {
            marketRandom[m] = random(seed, "", marketCodes.get(m));
            marketOffset[m] = 0.02 * marketRandom[m].nextGaussian();
            for (int j = 0; j < c; j++) {
                int s = m * c + j;
                seriesRandom[s] = random(seed, levels.get(j).commodityCode(), marketCodes.get(m));
                seriesOffset[s] = 0.015 * seriesRandom[s].nextGaussian();
                double sd = Math.max(0.008, levels.get(j).swing() / 5);
                idioSd[s] = sd * Math.sqrt(1 - IDIO_PHI * IDIO_PHI);
                idio[s] = sd * seriesRandom[s].nextGaussian();
            }
        }
    }

    private static SplittableRandom random(long seed, String commodity, String market) {
        long h = seed * 0x9E3779B97F4A7C15L + commodity.hashCode() * 0xC2B2AE3D27D4EB4FL
                + market.hashCode() * 0x165667B19E3779F9L;
        return new SplittableRandom(h);
    }

    public int markets() {
        return marketCount;
    }

    public List<DemoLevel> levels() {
        return levels;
    }

    public boolean hasNext() {
        return !next.isAfter(until);
    }

    /** The day that {@link #next()} generates. */
    public LocalDate nextDate() {
        return next;
    }

    /** The next day's prices, indexed {@code market × commodities + commodity}; 0 where no report came in. */
    public long[] next() {
        if (!hasNext()) {
            throw new IllegalStateException("past the last day");
        }
        LocalDate day = next;
        int c = levels.size();
        double years = ChronoUnit.DAYS.between(until, day) / 365.25;
        double shape = holidayShape(day);
        double[] base = new double[c];
        for (int j = 0; j < c; j++) {
            DemoLevel level = levels.get(j);
            common[j] = commonPhi[j] * common[j] + commonSd[j] * commodityRandom[j].nextGaussian();
            base[j] = Math.log1p(level.trendPerYear()) * years + common[j] + level.holidayLift() * shape;
        }
        long[] prices = new long[marketCount * c];
        for (int m = 0; m < marketCount; m++) {
            boolean marketAbsent = marketRandom[m].nextDouble() < MARKET_DAY_MISSING;
            for (int j = 0; j < c; j++) {
                int s = m * c + j;
                SplittableRandom r = seriesRandom[s];
                idio[s] = IDIO_PHI * idio[s] + idioSd[s] * r.nextGaussian();
                boolean itemAbsent = r.nextDouble() < ITEM_MISSING;
                if (marketAbsent || itemAbsent) {
                    continue;
                }
                DemoLevel level = levels.get(j);
                double factor = Math.exp(base[j] + marketOffset[m] + seriesOffset[s] + idio[s]);
                factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor));
                prices[s] = roundToStep(level.levelRp() * factor, level.stepRp());
            }
        }
        next = next.plusDays(1);
        return prices;
    }

    static long roundToStep(double price, long step) {
        return Math.max(step, Math.round(price / step) * step);
    }

    /**
     * 0 outside the seasons, 1 at the Idulfitri peak: rising from a week before Ramadan, highest in the last days
     * before Lebaran, back to normal two weeks after; 0.6 before Iduladha; up to 0.5 at the turn of the year.
     */
    static double holidayShape(LocalDate day) {
        double shape = 0;
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            var fitri = HolidayCalendar.idulfitri(year);
            if (fitri.isPresent()) {
                long k = ChronoUnit.DAYS.between(fitri.get(), day);
                double s = 0;
                if (k >= -40 && k <= -30) {
                    s = 0.4 * (k + 40) / 10.0;
                } else if (k > -30 && k <= -3) {
                    s = 0.4 + 0.6 * (k + 30) / 27.0;
                } else if (k > -3 && k <= 0) {
                    s = 1;
                } else if (k > 0 && k <= 14) {
                    s = 1 - k / 14.0;
                }
                shape = Math.max(shape, s);
            }
            var adha = HolidayCalendar.iduladha(year);
            if (adha.isPresent()) {
                long k = ChronoUnit.DAYS.between(adha.get(), day);
                double s = 0;
                if (k >= -14 && k <= 0) {
                    s = 0.6 * (k + 14) / 14.0;
                } else if (k > 0 && k <= 7) {
                    s = 0.6 * (1 - k / 7.0);
                }
                shape = Math.max(shape, s);
            }
        }
        int doy = day.getDayOfMonth();
        if (day.getMonthValue() == 12 && doy >= 10) {
            shape = Math.max(shape, 0.5 * (doy - 10) / 21.0);
        } else if (day.getMonthValue() == 1 && doy <= 10) {
            shape = Math.max(shape, 0.5 * (1 - doy / 10.0));
        }
        return shape;
    }
}
