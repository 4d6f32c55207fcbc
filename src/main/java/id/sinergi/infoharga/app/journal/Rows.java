package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.store.AlertAckDao;
import id.sinergi.infoharga.store.BulkWrites;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.CommodityDao;
import id.sinergi.infoharga.store.ConflictDao;
import id.sinergi.infoharga.store.DeviceDao;
import id.sinergi.infoharga.store.MarketDao;
import id.sinergi.infoharga.store.OutletDao;
import id.sinergi.infoharga.store.PriceAggregates;
import id.sinergi.infoharga.store.PriceDao;
import id.sinergi.infoharga.store.ReferencePriceDao;
import id.sinergi.infoharga.store.SettingDao;
import id.sinergi.infoharga.store.StockDao;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.store.ThresholdDao;
import id.sinergi.infoharga.store.UserDao;

import java.util.HashMap;
import java.util.Map;

/**
 * What codecs reach the rows through within one journal session: the transaction's DAOs (attached once; a package
 * of a quarter of a million changes uses them a million times) and the codes of markets, commodities, groups and
 * outlets turned into this folder's ids, cached until master data changes.
 */
public final class Rows {
    private final Store.Tx tx;
    final PriceDao prices;
    final StockDao stock;
    final MarketDao markets;
    final CommodityDao commodities;
    final OutletDao outlets;
    final ReferencePriceDao references;
    final ThresholdDao thresholds;
    final UserDao users;
    final SettingDao settings;
    final AlertAckDao acks;
    final ChangeLogDao log;
    final DeviceDao devices;
    final ConflictDao conflicts;
    final BulkWrites bulk;
    private Map<String, Market> marketsByCode;
    private Map<Integer, Market> marketsById;
    private Map<String, Commodity> commoditiesByCode;
    private Map<Integer, Commodity> commoditiesById;
    private Map<String, CommodityGroup> groupsByCode;
    private Map<Integer, CommodityGroup> groupsById;
    private Map<String, Outlet> outletsByCode;
    private Map<Integer, Outlet> outletsById;

    Rows(Store.Tx tx) {
        this.tx = tx;
        this.prices = tx.prices();
        this.stock = tx.stock();
        this.markets = tx.markets();
        this.commodities = tx.commodities();
        this.outlets = tx.outlets();
        this.references = tx.referencePrices();
        this.thresholds = tx.thresholds();
        this.users = tx.users();
        this.settings = tx.settings();
        this.acks = tx.alertAcks();
        this.log = tx.changeLog();
        this.devices = tx.devices();
        this.conflicts = tx.conflicts();
        this.bulk = tx.bulk();
    }

    public Store.Tx tx() {
        return tx;
    }

    // ---- writes held back and sent in batches (a package of a quarter of a million changes) ----

    private static final int BATCH = 2_000;
    private final Map<Long, Map<Long, ChangeLogDao.Row>> pendingLog = new HashMap<>();
    private final java.util.List<ChangeLogDao.Row> pendingLogRows = new java.util.ArrayList<>();
    private final java.util.LinkedHashMap<PriceKey, PriceDao.Write> pendingPrices = new java.util.LinkedHashMap<>();
    private final Map<PriceKey, long[]> monthDeltas = new HashMap<>();
    private final java.util.SortedMap<java.time.LocalDate, java.util.Set<Integer>> touchedDays =
            new java.util.TreeMap<>();
    private final java.util.Set<PriceAggregates.WeekKey> touchedWeeks = new java.util.HashSet<>();

    /** A price row's key by this folder's ids. */
    record PriceKey(int market, int commodity, java.time.LocalDate date) {
    }

    /** Appends a change to the log (in the next batch). */
    void log(ChangeLogDao.Row row) {
        pendingLog.computeIfAbsent((long) row.origin(), o -> new HashMap<>()).put(row.seq(), row);
        pendingLogRows.add(row);
        if (pendingLogRows.size() >= BATCH) {
            flushLog();
        }
    }

    /** A change of the log, the ones not written yet included. */
    java.util.Optional<ChangeLogDao.Row> findLog(int origin, long seq) {
        Map<Long, ChangeLogDao.Row> pending = pendingLog.get((long) origin);
        ChangeLogDao.Row row = pending == null ? null : pending.get(seq);
        return row != null ? java.util.Optional.of(row) : log.find(origin, seq);
    }

    private void flushLog() {
        if (!pendingLogRows.isEmpty()) {
            bulk.insertChanges(pendingLogRows);
            pendingLogRows.clear();
            pendingLog.clear();
        }
    }

    /** A new price row, written with the next batch; {@link #pendingPrice} sees it meanwhile. */
    void insertPrice(PriceDao.Write write) {
        pendingPrices.put(new PriceKey(write.marketId(), write.commodityId(), write.date()), write);
        if (pendingPrices.size() >= BATCH) {
            flushPrices();
        }
    }

    PriceDao.Write pendingPrice(int market, int commodity, java.time.LocalDate date) {
        return pendingPrices.get(new PriceKey(market, commodity, date));
    }

    void flushPrices() {
        if (!pendingPrices.isEmpty()) {
            bulk.insertPrices(new java.util.ArrayList<>(pendingPrices.values()));
            pendingPrices.clear();
        }
    }

    /**
     * A price written on {@code day}: adds to its month's sum and count, and marks the day's regency figures and
     * the market's week for recomputing, in memory until {@link #flush()} (one row per month and per day, not per price).
     */
    void priceWritten(int market, int commodity, java.time.LocalDate day, long sum, int count) {
        long[] d = monthDeltas.computeIfAbsent(new PriceKey(market, commodity, day.withDayOfMonth(1)),
                k -> new long[2]);
        d[0] += sum;
        d[1] += count;
        touchedDays.computeIfAbsent(day, k -> new java.util.HashSet<>()).add(commodity);
        touchedWeeks.add(PriceAggregates.WeekKey.of(commodity, day));
    }

    /** Writes everything held back; called before the session's transaction commits. */
    void flush() {
        flushLog();
        flushPrices();
        Map<PriceDao.MonthKey, long[]> months = new HashMap<>();
        monthDeltas.forEach((k, d) -> months.put(new PriceDao.MonthKey(k.market(), k.commodity(), k.date()), d));
        prices.addToMonths(months);
        monthDeltas.clear();
        prices.refreshDays(touchedDays);
        touchedDays.clear();
        prices.refreshWeeks(touchedWeeks);
        touchedWeeks.clear();
    }

    /** Master data changed: read the codes again when next needed. */
    void forgetCodes() {
        marketsByCode = null;
        commoditiesByCode = null;
        groupsByCode = null;
        outletsByCode = null;
    }

    private void loadCodes() {
        if (marketsByCode != null) {
            return;
        }
        marketsByCode = new HashMap<>();
        marketsById = new HashMap<>();
        for (Market m : markets.all()) {
            marketsByCode.put(m.code(), m);
            marketsById.put(m.id(), m);
        }
        commoditiesByCode = new HashMap<>();
        commoditiesById = new HashMap<>();
        for (Commodity c : commodities.all()) {
            commoditiesByCode.put(c.code(), c);
            commoditiesById.put(c.id(), c);
        }
        groupsByCode = new HashMap<>();
        groupsById = new HashMap<>();
        for (CommodityGroup g : commodities.groups()) {
            groupsByCode.put(g.code(), g);
            groupsById.put(g.id(), g);
        }
        outletsByCode = new HashMap<>();
        outletsById = new HashMap<>();
        for (Outlet o : outlets.all()) {
            outletsByCode.put(o.code(), o);
            outletsById.put(o.id(), o);
        }
    }

    public Market market(String code) {
        loadCodes();
        Market m = marketsByCode.get(code);
        if (m == null) {
            throw new UnknownCodeException("market", code);
        }
        return m;
    }

    public Market market(int id) {
        loadCodes();
        return marketsById.get(id);
    }

    public int marketId(String code) {
        return market(code).id();
    }

    public int outletId(String code) {
        return outlet(code).id();
    }

    public Commodity commodity(String code) {
        loadCodes();
        Commodity c = commoditiesByCode.get(code);
        if (c == null) {
            throw new UnknownCodeException("commodity", code);
        }
        return c;
    }

    public Commodity commodity(int id) {
        loadCodes();
        return commoditiesById.get(id);
    }

    public CommodityGroup group(String code) {
        loadCodes();
        CommodityGroup g = groupsByCode.get(code);
        if (g == null) {
            throw new UnknownCodeException("group", code);
        }
        return g;
    }

    public CommodityGroup group(int id) {
        loadCodes();
        return groupsById.get(id);
    }

    public Outlet outlet(String code) {
        loadCodes();
        Outlet o = outletsByCode.get(code);
        if (o == null) {
            throw new UnknownCodeException("outlet", code);
        }
        return o;
    }

    public Outlet outlet(int id) {
        loadCodes();
        return outletsById.get(id);
    }

    /** A change names a code this folder does not have (its master data has not arrived). */
    public static final class UnknownCodeException extends IllegalArgumentException {
        private final String kind;
        private final String code;

        UnknownCodeException(String kind, String code) {
            super("unknown " + kind + " " + code);
            this.kind = kind;
            this.code = code;
        }

        public String kind() {
            return kind;
        }

        public String code() {
            return code;
        }
    }
}
