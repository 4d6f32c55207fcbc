package id.sinergi.infoharga.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates one WULANDARI outlet's stock movements from a seed: Bulog delivers every one or two weeks (now and
 * then late, so stock runs low), the outlet sells Monday to Saturday below the market price (more when the market
 * is dear), and the stock is counted on the last Sunday of each month, when the outlet is closed.
 */
public final class DemoStockModel {
    /** A commodity the outlet sells: how much it keeps after a delivery and sells on an ordinary day. */
    public record Item(int commodityId, String commodityCode, long levelRp, double targetStock, double dailyDemand) {
    }

    static final double PRICE_BELOW_MARKET = 0.92;
    static final String SUPPLIER = "Bulog";
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private final int outletId;
    private final List<Item> items;
    private final String officer;
    private final String device;
    private final SplittableRandom random;
    private final double[] stock;
    private final long[] lastMarketPrice;
    private final LocalDate[] nextDelivery;

    public DemoStockModel(long seed, int outletId, String outletCode, List<Item> items, LocalDate firstDay,
                          String officer, String device) {
        this.outletId = outletId;
        this.items = List.copyOf(items);
        this.officer = officer;
        this.device = device;
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + outletCode.hashCode());
        this.stock = new double[items.size()];
        this.lastMarketPrice = new long[items.size()];
        this.nextDelivery = new LocalDate[items.size()];
        for (int i = 0; i < items.size(); i++) {
            nextDelivery[i] = firstDay;
            lastMarketPrice[i] = items.get(i).levelRp();
        }
    }

    public List<Item> items() {
        return items;
    }

    /**
     * The day's movements. {@code marketPrices[i]} is the price of item i at the outlet's market that day, 0 when
     * it was not reported (the last known price is used).
     */
    public List<StockMovement> day(LocalDate date, long[] marketPrices) {
        List<StockMovement> out = new ArrayList<>();
        boolean sunday = date.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean countDay = sunday && date.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)).equals(date);
        Instant at = date.atTime(9, 0).toInstant(WIB);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (marketPrices[i] > 0) {
                lastMarketPrice[i] = marketPrices[i];
            }
            if (!sunday) {
                double ratio = (double) lastMarketPrice[i] / item.levelRp();
                double demand = item.dailyDemand() * (0.7 + 0.6 * random.nextDouble())
                        * (1 + 2 * Math.max(0, ratio - 1));
                long sold = Math.min(Math.round(demand), (long) Math.floor(stock[i]));
                if (sold > 0) {
                    long price = (long) Math.floor(lastMarketPrice[i] * PRICE_BELOW_MARKET / 100) * 100;
                    out.add(movement(item, date, MovementKind.SALE, BigDecimal.valueOf(sold), Math.max(100, price),
                            null, at));
                    stock[i] -= sold;
                }
            }
            if (!sunday && !date.isBefore(nextDelivery[i])) {
                // Deliveries come in 50-unit sacks and cartons.
                long quantity = Math.round((item.targetStock() - stock[i]) / 50) * 50;
                if (quantity > 0) {
                    out.add(movement(item, date, MovementKind.RECEIPT, BigDecimal.valueOf(quantity), null, SUPPLIER,
                            at));
                    stock[i] += quantity;
                }
                int gap = 7 + random.nextInt(8) + (random.nextDouble() < 0.1 ? 5 : 0);
                nextDelivery[i] = date.plusDays(gap);
            }
            if (countDay) {
                double counted = Math.floor(stock[i] * (1 - 0.004 * random.nextDouble()));
                out.add(movement(item, date, MovementKind.COUNT, BigDecimal.valueOf((long) counted), null, null, at));
                stock[i] = counted;
            }
        }
        return out;
    }

    private StockMovement movement(Item item, LocalDate date, MovementKind kind, BigDecimal quantity, Long price,
                                   String source, Instant at) {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new StockMovement(new UUID(hi, lo), outletId, item.commodityId(), date, kind, quantity, price, source,
                officer, device, at);
    }
}
