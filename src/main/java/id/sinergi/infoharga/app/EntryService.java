package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.journal.PriceCodec;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.domain.indicators.Thresholds;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Saving an officer's market-day: one transaction, each changed price a change of the journal (with its audit row),
 * on disk before it says so.
 */
public final class EntryService {
    public static final String TABLE = PriceCodec.TABLE;

    private final Store store;
    private final Clock clock;
    private final Authorizer authorizer;
    private final ChangeJournal journal;

    public EntryService(Store store, Clock clock, Authorizer authorizer) {
        this.store = store;
        this.clock = clock;
        this.authorizer = authorizer;
        this.journal = new ChangeJournal(store, clock);
    }

    /** With the permission messages in Indonesian. */
    public EntryService(Store store, Clock clock) {
        this(store, clock, new Authorizer(new Messages(Messages.INDONESIAN)));
    }

    /** What a save did. */
    public record SaveResult(int inserted, int updated, int unchanged, Instant savedAt) {
    }

    /** The rows stored for a market on a day. */
    public List<PriceObservation> marketDay(int marketId, LocalDate day) {
        return store.read(tx -> tx.prices().marketDay(marketId, day));
    }

    /** Each commodity's latest price at the market before the day, by commodity id. */
    public Map<Integer, PriceObservation> lastPricesBefore(int marketId, LocalDate day) {
        return store.read(tx -> tx.prices().latestBefore(marketId, day)).stream()
                .collect(Collectors.toMap(PriceObservation::commodityId, Function.identity()));
    }

    /**
     * The same day's prices of every other market, by commodity id: what the cross-market outlier check compares
     * a typed price with. One read through the date-led index.
     */
    public Map<Integer, List<Long>> otherMarketsOn(int marketId, LocalDate day) {
        return store.read(tx -> tx.prices().between(day, day)).stream()
                .filter(p -> p.marketId() != marketId)
                .collect(Collectors.groupingBy(PricePoint::commodityId,
                        Collectors.mapping(PricePoint::priceRp, Collectors.toList())));
    }

    /**
     * How many of the given commodities each market has a price for on a day, by market id (a market with none
     * is absent): the entry screen's "Gempolkerep 12/35".
     */
    public Map<Integer, Integer> enteredPerMarket(LocalDate day, java.util.Set<Integer> commodityIds) {
        return store.read(tx -> tx.prices().between(day, day)).stream()
                .filter(p -> commodityIds.contains(p.commodityId()))
                .collect(Collectors.groupingBy(PricePoint::marketId, Collectors.summingInt(p -> 1)));
    }

    /**
     * Every commodity's alert thresholds (stored, else its group's defaults): the entry checks ask for a reason
     * from the same rise that alerts the regency.
     */
    public Thresholds thresholds(Catalog catalog) {
        Map<Integer, AlertThresholds> stored = new HashMap<>();
        store.read(tx -> tx.thresholds().all()).forEach(t -> stored.put(t.commodityId(), t));
        return new Thresholds(stored, catalog);
    }

    /** How much was entered on a day, over all markets, and when anything was last saved. */
    public record DaySummary(int entries, int markets, Optional<Instant> lastSavedAt) {
    }

    public DaySummary daySummary(LocalDate day) {
        return store.read(tx -> {
            List<PricePoint> points = tx.prices().between(day, day);
            int markets = (int) points.stream().mapToInt(PricePoint::marketId).distinct().count();
            return new DaySummary(points.size(), markets, tx.prices().lastUpdate().map(OffsetDateTime::toInstant));
        });
    }

    public SaveResult save(Actor actor, MarketDayEntry entry) {
        Instant now = clock.instant();
        SaveResult result = store.inTransaction(tx -> {
            authorizer.requireMarkets(tx, actor, List.of(entry.marketId()));
            String market = tx.markets().byId(entry.marketId()).orElseThrow().code();
            Map<Integer, String> commodities = new HashMap<>();
            tx.commodities().all().forEach(c -> commodities.put(c.id(), c.code()));
            List<ChangeJournal.Edit<?, ?>> edits = new ArrayList<>();
            for (MarketDayEntry.Line line : entry.lines()) {
                edits.add(ChangeJournal.Edit.of(Codecs.PRICE,
                        new PriceCodec.Key(market, commodities.get(line.commodityId()), entry.day()),
                        new PriceCodec.Value(line.priceRp(), line.quotes(), line.reason()), line.reason()));
            }
            List<ChangeJournal.Outcome> outcomes = journal.write(tx, actor, edits);
            return new SaveResult(count(outcomes, ChangeJournal.Outcome.CREATED),
                    count(outcomes, ChangeJournal.Outcome.UPDATED), count(outcomes, ChangeJournal.Outcome.UNCHANGED),
                    now);
        });
        store.syncToDisk();
        return result;
    }

    private static int count(List<ChangeJournal.Outcome> outcomes, ChangeJournal.Outcome which) {
        return (int) outcomes.stream().filter(o -> o == which).count();
    }

    /** The audit trail of one observation, oldest first. */
    public List<AuditEntry> auditOf(int marketId, int commodityId, LocalDate day) {
        return store.read(tx -> tx.audit().forKey(TABLE, rowKey(marketId, commodityId, day))).stream()
                .map(r -> r.entry()).toList();
    }

    /** The audit key of one observation: "market:commodity:day" by internal id. */
    public static String rowKey(int marketId, int commodityId, LocalDate day) {
        return PriceCodec.rowKey(marketId, commodityId, day);
    }
}
