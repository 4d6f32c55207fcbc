package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.journal.StockCodec;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.store.Store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * WULANDARI stock entry: records an outlet's receipts, sales and counts of a day, and reads back the day's
 * movements and the resulting stock (the same cover figures as the stock screen and the alerts).
 */
public final class StockService {
    static final String TABLE = StockCodec.TABLE;

    private final Store store;
    private final Clock clock;
    private final Authorizer authorizer;
    private final Messages messages;
    private final DashboardService dashboard;
    private final ChangeJournal journal;

    public StockService(Store store, Clock clock, Authorizer authorizer, Messages messages,
                        DashboardService dashboard) {
        this.store = store;
        this.clock = clock;
        this.authorizer = authorizer;
        this.messages = messages;
        this.dashboard = dashboard;
        this.journal = new ChangeJournal(store, clock);
    }

    /** What one save stored. */
    public record RecordResult(List<StockMovement> movements, Instant at) {
        public RecordResult {
            movements = List.copyOf(movements);
        }
    }

    public RecordResult record(Actor actor, StockDayEntry entry) {
        return record(actor, entry, List.of());
    }

    /**
     * Takes a saved movement back by a correcting movement (an adjustment of 0 that names it): the stock is then
     * replayed without either, and the reversal travels to the other devices like any movement.
     */
    public RecordResult reverse(Actor actor, UUID movement) {
        return record(actor, null, List.of(movement));
    }

    /**
     * Records an outlet-day and, in the same transaction, reverses the movements it replaces (an edit: the old
     * movements are taken back, the corrected ones written). {@code entry} may be null to only reverse.
     */
    public RecordResult record(Actor actor, StockDayEntry entry, List<UUID> replacing) {
        // The journal keeps a change's time to the millisecond; the rows and this answer say the same.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        RecordResult result = store.inTransaction(tx -> {
            List<StockMovement> reversals = new ArrayList<>();
            for (UUID id : replacing) {
                StockMovement old = tx.stock().find(id)
                        .orElseThrow(() -> new UserInputException(messages.get("stockentry.error.noMovement")));
                authorizer.requireOutlets(tx, actor, List.of(old.outletId()));
                if (old.isReversal() || tx.stock().isReversed(id)) {
                    throw new UserInputException(messages.get("stockentry.error.alreadyReversed"));
                }
                reversals.add(new StockMovement(null, old.outletId(), old.commodityId(), old.date(),
                        MovementKind.ADJUSTMENT, BigDecimal.ZERO, null, null, actor.username(), actor.device(), now,
                        id));
            }
            if (entry == null) {
                if (reversals.isEmpty()) {
                    throw new UserInputException(messages.get("stockentry.error.nothing"));
                }
                Map<Integer, Outlet> outlets = tx.outlets().all().stream()
                        .collect(Collectors.toMap(Outlet::id, Function.identity()));
                Map<Integer, Commodity> commodities = tx.commodities().all().stream()
                        .collect(Collectors.toMap(Commodity::id, Function.identity()));
                List<StockMovement> written = withIds(reversals, List.of());
                journal.write(tx, actor, edits(written, outlets, commodities));
                return new RecordResult(written, now);
            }
            authorizer.requireOutlets(tx, actor, List.of(entry.outletId()));
            Outlet outlet = tx.outlets().all().stream().filter(o -> o.id() == entry.outletId()).findFirst()
                    .orElseThrow(() -> new UserInputException(messages.get("stockentry.error.outlet")));
            if (!outlet.active()) {
                throw new UserInputException(messages.get("stockentry.error.outlet"));
            }
            Map<Integer, Commodity> commodities = tx.commodities().all().stream()
                    .collect(Collectors.toMap(Commodity::id, Function.identity()));
            List<StockMovement> movements = movementsOf(entry, commodities, actor, now);
            if (movements.isEmpty() && reversals.isEmpty()) {
                throw new UserInputException(messages.get("stockentry.error.nothing"));
            }
            List<StockMovement> written = withIds(reversals, movements);
            Map<Integer, Outlet> outlets = tx.outlets().all().stream()
                    .collect(Collectors.toMap(Outlet::id, Function.identity()));
            journal.write(tx, actor, edits(written, outlets, commodities));
            return new RecordResult(written, now);
        });
        store.syncToDisk();
        return result;
    }

    /**
     * The reversals first, then the new movements, all with ids in ascending order: one save shares one
     * recorded_at and the replay orders by id, so a day's receipt and sale stay before its count.
     */
    private static List<StockMovement> withIds(List<StockMovement> reversals, List<StockMovement> movements) {
        List<StockMovement> all = new ArrayList<>(reversals);
        all.addAll(movements);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        ids.sort(null);
        List<StockMovement> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            StockMovement m = all.get(i);
            out.add(new StockMovement(ids.get(i), m.outletId(), m.commodityId(), m.date(), m.kind(), m.quantity(),
                    m.unitPriceRp(), m.source(), m.officer(), m.device(), m.recordedAt(), m.reverses()));
        }
        return out;
    }

    private static List<ChangeJournal.Edit<?, ?>> edits(List<StockMovement> movements, Map<Integer, Outlet> outlets,
                                                        Map<Integer, Commodity> commodities) {
        List<ChangeJournal.Edit<?, ?>> edits = new ArrayList<>();
        for (StockMovement m : movements) {
            edits.add(ChangeJournal.Edit.of(Codecs.STOCK, m.id(), new StockCodec.Value(outlets.get(m.outletId()).code(),
                    commodities.get(m.commodityId()).code(), m.date(), m.kind(), m.quantity(), m.unitPriceRp(),
                    m.source(), m.reverses()), null));
        }
        return edits;
    }

    /** Every movement of every outlet, in the order stock is replayed (comparing devices, checks). */
    public List<StockMovement> allMovements() {
        return store.read(tx -> tx.stock().all());
    }

    /** The movements recorded for an outlet on a day, in the order they were saved. */
    public List<StockMovement> dayMovements(int outletId, LocalDate day) {
        return store.read(tx -> tx.stock().day(outletId, day));
    }

    /** The outlet's stock on hand, days of cover and prices at the end of a day. */
    public OutletStock stockAt(int outletId, LocalDate day) {
        return dashboard.outletStock(outletId, day);
    }

    private List<StockMovement> movementsOf(StockDayEntry entry, Map<Integer, Commodity> commodities, Actor actor,
                                            Instant now) {
        record Draft(int commodityId, MovementKind kind, BigDecimal quantity, Long priceRp, String source) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (StockDayEntry.Line line : entry.lines()) {
            Commodity c = commodities.get(line.commodityId());
            if (c == null) {
                throw new UserInputException(messages.get("stockentry.error.commodity", line.commodityId()));
            }
            // Within a day the receipt and the sale happen before the stock is counted at closing.
            if (line.receipt() != null) {
                requireQuantity(c, line.receipt());
                String source = line.source() == null ? "" : line.source().strip();
                if (source.isEmpty()) {
                    throw new UserInputException(messages.get("stockentry.error.source", c.displayName()));
                }
                drafts.add(new Draft(c.id(), MovementKind.RECEIPT, line.receipt(), null, source));
            }
            if (line.saleQuantity() != null) {
                requireQuantity(c, line.saleQuantity());
                if (line.salePriceRp() == null || line.salePriceRp() <= 0) {
                    throw new UserInputException(messages.get("stockentry.error.price", c.displayName()));
                }
                drafts.add(new Draft(c.id(), MovementKind.SALE, line.saleQuantity(), line.salePriceRp(), null));
            } else if (line.salePriceRp() != null) {
                throw new UserInputException(messages.get("stockentry.error.priceWithoutSale", c.displayName()));
            }
            if (line.count() != null) {
                if (line.count().signum() < 0) {
                    throw new UserInputException(messages.get("stockentry.error.quantity", c.displayName()));
                }
                drafts.add(new Draft(c.id(), MovementKind.COUNT, line.count(), null, null));
            }
        }
        // Ids are given in withIds, in this order.
        List<StockMovement> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(new StockMovement(null, entry.outletId(), d.commodityId(), entry.day(), d.kind(),
                    d.quantity(), d.priceRp(), d.source(), actor.username(), actor.device(), now));
        }
        return out;
    }

    private void requireQuantity(Commodity c, BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new UserInputException(messages.get("stockentry.error.quantity", c.displayName()));
        }
    }
}
