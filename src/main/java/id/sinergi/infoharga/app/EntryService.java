package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.AuditedPrice;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.PriceDao;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Saving an officer's market-day: one transaction, an audit row per change, on disk before it says so. */
public final class EntryService {
    public static final String TABLE = "price_observation";

    private final Store store;
    private final Clock clock;
    private final Authorizer authorizer;

    public EntryService(Store store, Clock clock, Authorizer authorizer) {
        this.store = store;
        this.clock = clock;
        this.authorizer = authorizer;
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
            PriceDao prices = tx.prices();
            Map<Integer, PriceObservation> existing = new HashMap<>();
            for (PriceObservation o : prices.marketDay(entry.marketId(), entry.day())) {
                existing.put(o.commodityId(), o);
            }
            List<AuditEntry> audit = new ArrayList<>();
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            LocalDate month = entry.day().withDayOfMonth(1);
            for (MarketDayEntry.Line line : entry.lines()) {
                PriceObservation old = existing.get(line.commodityId());
                Long q1 = quote(line, 0);
                Long q2 = quote(line, 1);
                Long q3 = quote(line, 2);
                String key = rowKey(entry.marketId(), line.commodityId(), entry.day());
                if (old == null) {
                    prices.insert(entry.marketId(), line.commodityId(), entry.day(), line.priceRp(), q1, q2, q3,
                            actor.username(), actor.device(), line.reason());
                    prices.addToMonth(entry.marketId(), line.commodityId(), month, line.priceRp(), 1);
                    audit.add(new AuditEntry(now, actor.username(), actor.device(), TABLE, key, null,
                            describe(line.priceRp(), line.quotes()), line.reason()));
                    inserted++;
                } else if (old.priceRp() != line.priceRp() || !old.quotes().equals(line.quotes())
                        || !Objects.equals(old.reason(), line.reason())) {
                    prices.update(entry.marketId(), line.commodityId(), entry.day(), line.priceRp(), q1, q2, q3,
                            actor.username(), actor.device(), line.reason());
                    prices.addToMonth(entry.marketId(), line.commodityId(), month,
                            line.priceRp() - old.priceRp(), 0);
                    audit.add(new AuditEntry(now, actor.username(), actor.device(), TABLE, key,
                            describe(old.priceRp(), old.quotes()), describe(line.priceRp(), line.quotes()),
                            line.reason()));
                    updated++;
                } else {
                    unchanged++;
                }
            }
            tx.audit().append(audit);
            return new SaveResult(inserted, updated, unchanged, now);
        });
        store.syncToDisk();
        return result;
    }

    /** The audit trail of one observation, oldest first. */
    public List<AuditEntry> auditOf(int marketId, int commodityId, LocalDate day) {
        return store.read(tx -> tx.audit().forKey(TABLE, rowKey(marketId, commodityId, day))).stream()
                .map(r -> r.entry()).toList();
    }

    /** The audit key of one observation: "market:commodity:day" by internal id. */
    public static String rowKey(int marketId, int commodityId, LocalDate day) {
        return marketId + ":" + commodityId + ":" + day;
    }

    private static Long quote(MarketDayEntry.Line line, int i) {
        return i < line.quotes().size() ? line.quotes().get(i) : null;
    }

    private static String describe(long price, List<Long> quotes) {
        return new AuditedPrice(price, quotes).text();
    }
}
