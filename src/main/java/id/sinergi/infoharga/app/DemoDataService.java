package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.DemoLevel;
import id.sinergi.infoharga.domain.DemoPriceModel;
import id.sinergi.infoharga.domain.DemoStockModel;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.store.Store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fills an empty data folder with generated history (prices of every market and commodity, WULANDARI stock
 * movements) for demonstrations and for trying the screens on years of data. Rows are recorded as entered by
 * officer "demo" on device "demo", stamped with the instant of the run's one audit row (not one per price), by
 * which each price's history says it is demo data. Demo data is fake: it writes no changes of the journal and
 * never travels to other devices; its removal deletes only rows no change wrote.
 */
public final class DemoDataService {
    public static final String DEMO = "demo";
    /** Set while the folder holds demo data: every screen says so (issue 15). */
    static final String LOADED_SETTING = "demo.loaded";
    /** The reason of the run's audit row, in the stored language of reasons (Indonesian). */
    static final String DEMO_REASON = "data demo: dibuat perintah demo, bukan harga pasar sebenarnya";
    public static final int MAX_YEARS = 30;
    static final String LEVELS = "/seed/demo_levels.csv";
    static final int BATCH = 10_000;
    /**
     * Time the generator may spend after each month making the data file denser (issue 16): without it the ten-year
     * demo left 418 bytes per price, most of them dead pages of earlier months; with it 137 B.
     */
    static final java.time.Duration MONTH_HOUSEKEEPING = java.time.Duration.ofMillis(500);
    /** What the outlets sell, how much they keep after a Bulog delivery and sell on an ordinary day. */
    private static final Map<String, double[]> OUTLET_GOODS = Map.of(
            "BERAS-SPHP", new double[] {2_000, 120},
            "BERAS-MEDIUM", new double[] {1_000, 50},
            "GULA-PASIR", new double[] {400, 25},
            "MINYAKITA", new double[] {500, 30});

    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final ChangeJournal journal;

    public DemoDataService(Store store, Clock clock, Messages messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = new Authorizer(messages);
        this.journal = new ChangeJournal(store, clock);
    }

    /** @param markets how many markets (the first ones), or null for all; @param until last day, or null for today */
    public record DemoRequest(int years, Integer markets, long seed, LocalDate until) {
    }

    public record DemoResult(LocalDate from, LocalDate until, int markets, int commodities, long priceRows,
                             long missing, long stockMovements) {
    }

    /** @param progress receives a line per finished year, in the user's language */
    public DemoResult generate(Actor actor, DemoRequest request, Consumer<String> progress) {
        // Years of prices for every market at once: an administrator's job.
        store.read(tx -> authorizer.requireAdmin(tx, actor));
        if (request.years() < 1 || request.years() > MAX_YEARS) {
            throw new UserInputException(messages.get("demo.badYears", request.years(), MAX_YEARS));
        }
        Catalog catalog = new ReferenceDataService(store).catalog();
        List<Market> allMarkets = catalog.activeMarkets();
        int marketCount = request.markets() == null ? allMarkets.size() : request.markets();
        if (marketCount < 1 || marketCount > allMarkets.size()) {
            throw new UserInputException(messages.get("demo.badMarkets", marketCount, allMarkets.size()));
        }
        if (store.read(tx -> tx.prices().firstDay()).isPresent()) {
            throw new UserInputException(messages.get("demo.notEmpty", store.folder()));
        }
        LocalDate until = request.until() == null ? LocalDate.now(clock) : request.until();
        LocalDate from = until.minusYears(request.years()).plusDays(1);
        List<Market> markets = allMarkets.subList(0, marketCount);
        List<Commodity> commodities = new ArrayList<>();
        List<DemoLevel> levels = new ArrayList<>();
        Map<String, DemoLevel> byCode = levels();
        for (Commodity c : catalog.activeCommodities()) {
            DemoLevel level = byCode.get(c.code());
            if (level != null) {
                commodities.add(c);
                levels.add(level);
            }
        }
        DemoPriceModel model = new DemoPriceModel(request.seed(), markets.stream().map(Market::code).toList(), levels,
                from, until);
        List<OutletPlan> outlets = outletPlans(catalog, markets, commodities, levels, request.seed(), from);

        // Every generated price carries the instant of the run's one audit row: its history finds the run by it.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime savedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        // One transaction per month, not one for the whole run: ten years in one transaction kept an undo log of
        // 2.5 M rows (2.4 GB resident) and left the file full of dead chunks. A run that fails or is stopped (its
        // progress callback throws) deletes what it wrote; one killed half way leaves rows that say demo and the
        // demo flag, so that "Hapus data demo" removes them in one step.
        List<PricePoint> prices = new ArrayList<>();
        List<StockMovement> movements = new ArrayList<>();
        long stored = 0;
        long missing = 0;
        long stockRows = 0;
        int c = commodities.size();
        try {
            while (model.hasNext()) {
                LocalDate day = model.nextDate();
                long[] p = model.next();
                for (int m = 0; m < markets.size(); m++) {
                    for (int j = 0; j < c; j++) {
                        long price = p[m * c + j];
                        if (price > 0) {
                            prices.add(new PricePoint(markets.get(m).id(), commodities.get(j).id(), day, price));
                        } else {
                            missing++;
                        }
                    }
                }
                for (OutletPlan o : outlets) {
                    long[] marketPrices = new long[o.itemIndexes.length];
                    for (int i = 0; i < marketPrices.length; i++) {
                        marketPrices[i] = p[o.marketIndex * c + o.itemIndexes[i]];
                    }
                    movements.addAll(o.model.day(day, marketPrices));
                }
                boolean monthEnds = !model.hasNext() || model.nextDate().getMonthValue() != day.getMonthValue();
                if (monthEnds) {
                    boolean first = stored == 0 && stockRows == 0;
                    stockRows += movements.size();
                    stored += writeMonth(actor, first, day, prices, movements, savedAt);
                    // Each month rewrites pages all over the price B-trees; between months nothing else runs.
                    store.keepFileDense(MONTH_HOUSEKEEPING);
                }
                boolean yearEnds = !model.hasNext() || model.nextDate().getYear() != day.getYear();
                if (yearEnds && progress != null) {
                    progress.accept(messages.get("demo.progress", String.valueOf(day.getYear()), stored));
                }
            }
            long prices1 = stored;
            long missing1 = missing;
            long stock1 = stockRows;
            String summary = "demo: seed=" + request.seed() + "; from=" + from + "; until=" + until + "; markets="
                    + markets.size() + "; commodities=" + c + "; prices=" + stored + "; missing=" + missing
                    + "; stock=" + stockRows;
            DemoResult result = store.inTransaction(tx -> {
                authorizer.requireAdmin(tx, actor);
                // Generated data is for trying the screens: it never becomes changes that travel (DESIGN §10).
                journal.local(tx, new AuditEntry(now, actor.username(), actor.device(), EntryService.TABLE, DEMO,
                        null, summary, DEMO_REASON));
                tx.settings().put(LOADED_SETTING, "true");
                return new DemoResult(from, until, markets.size(), c, prices1, missing1, stock1);
            });
            store.syncToDisk();
            return result;
        } catch (RuntimeException e) {
            try {
                discard(from, until);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Stores one month of prices in primary-key order (market, commodity, day), the day's stock movements and the
     * month's sums, in one transaction of its own.
     */
    private long writeMonth(Actor actor, boolean first, LocalDate day, List<PricePoint> prices,
                            List<StockMovement> movements, OffsetDateTime savedAt) {
        prices.sort(Comparator.comparingInt(PricePoint::marketId).thenComparingInt(PricePoint::commodityId)
                .thenComparing(PricePoint::date));
        LocalDate monthStart = day.withDayOfMonth(1);
        LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
        store.inTransaction(tx -> {
            if (first) {
                authorizer.requireAdmin(tx, actor);
                tx.settings().put(LOADED_SETTING, "true");
            }
            for (int from = 0; from < prices.size(); from += BATCH) {
                tx.bulk().insertLoadedPrices(prices.subList(from, Math.min(prices.size(), from + BATCH)), DEMO,
                        DEMO, savedAt);
            }
            for (int from = 0; from < movements.size(); from += BATCH) {
                tx.stock().insertBatch(movements.subList(from, Math.min(movements.size(), from + BATCH)));
            }
            tx.prices().clearMonths(monthStart, monthEnd);
            tx.prices().rebuildMonths(monthStart, monthEnd);
            return null;
        });
        int n = prices.size();
        prices.clear();
        movements.clear();
        return n;
    }

    /** Deletes what a run that did not finish wrote: its rows (all say demo), their monthly sums, the flag. */
    private void discard(LocalDate from, LocalDate until) {
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate lastDay = until.withDayOfMonth(until.lengthOfMonth());
        store.inTransaction(tx -> {
            tx.demo().deletePrices(DEMO);
            tx.demo().deleteStockMovements(DEMO);
            tx.prices().clearMonths(firstMonth, lastDay);
            tx.prices().rebuildMonths(firstMonth, lastDay);
            tx.settings().put(LOADED_SETTING, "false");
            return null;
        });
        store.syncToDisk();
    }

    /** Whether the folder holds demo data (loaded and not removed since). */
    public boolean present() {
        return store.read(tx -> tx.settings().get(LOADED_SETTING)).map(Boolean::parseBoolean).orElse(false);
    }

    public record Removal(long prices, long stockMovements) {
    }

    /**
     * Deletes every generated row (prices and stock movements of officer and device "demo") in one transaction, an
     * administrator's step; what people entered stays, and so does the audit trail, with one row that says what
     * went. The monthly sums of the demo's months are computed again from what is left.
     */
    public Removal remove(Actor actor) {
        Removal removal = store.inTransaction(tx -> {
            authorizer.requireAdmin(tx, actor);
            var demo = tx.demo();
            var first = demo.firstDay(DEMO);
            var last = demo.lastDay(DEMO);
            long prices = demo.deletePrices(DEMO);
            long stock = demo.deleteStockMovements(DEMO);
            if (first.isPresent() && last.isPresent()) {
                LocalDate firstMonth = first.get().withDayOfMonth(1);
                LocalDate lastDay = last.get().withDayOfMonth(last.get().lengthOfMonth());
                tx.prices().clearMonths(firstMonth, lastDay);
                tx.prices().rebuildMonths(firstMonth, lastDay);
            }
            tx.settings().put(LOADED_SETTING, "false");
            journal.local(tx, new AuditEntry(clock.instant(), actor.username(), actor.device(),
                    EntryService.TABLE, DEMO, "prices=" + prices + "; stock=" + stock, null,
                    messages.get("setup.demo.removedReason")));
            return new Removal(prices, stock);
        });
        store.syncToDisk();
        return removal;
    }

    private record OutletPlan(DemoStockModel model, int marketIndex, int[] itemIndexes) {
    }

    private static List<OutletPlan> outletPlans(Catalog catalog, List<Market> markets, List<Commodity> commodities,
                                                List<DemoLevel> levels, long seed, LocalDate from) {
        List<OutletPlan> plans = new ArrayList<>();
        for (Outlet outlet : catalog.outlets()) {
            if (!outlet.active()) {
                continue;
            }
            int marketIndex = 0;
            for (int m = 0; m < markets.size(); m++) {
                if (outlet.marketId() != null && markets.get(m).id() == outlet.marketId()) {
                    marketIndex = m;
                }
            }
            List<DemoStockModel.Item> items = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (int j = 0; j < commodities.size(); j++) {
                double[] goods = OUTLET_GOODS.get(commodities.get(j).code());
                if (goods != null) {
                    items.add(new DemoStockModel.Item(commodities.get(j).id(), commodities.get(j).code(),
                            levels.get(j).levelRp(), goods[0], goods[1]));
                    indexes.add(j);
                }
            }
            if (!items.isEmpty()) {
                plans.add(new OutletPlan(new DemoStockModel(seed, outlet.id(), outlet.code(), items, from, DEMO, DEMO),
                        marketIndex, indexes.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return plans;
    }

    /** The demo levels by commodity code, from {@code seed/demo_levels.csv}. */
    public static Map<String, DemoLevel> levels() {
        Map<String, DemoLevel> out = new HashMap<>();
        try (InputStream in = Optional.ofNullable(DemoDataService.class.getResourceAsStream(LEVELS))
                .orElseThrow(() -> new IllegalStateException("missing " + LEVELS));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                out.put(f[0], new DemoLevel(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]),
                        Double.parseDouble(f[3]) / 100, Double.parseDouble(f[4]) / 100,
                        Double.parseDouble(f[5]) / 100));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
