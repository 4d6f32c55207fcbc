package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.ChangeJournal.ImportedPrice;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.PriceAggregates;
import id.sinergi.infoharga.store.PriceDao;
import id.sinergi.infoharga.store.Store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where an import writes, inside the caller's transaction: it creates the plan's new markets and
 * commodities through {@link MasterDataService} (the Data Master screen's checks, each a change of the journal),
 * compares the rows with what is stored month by month, inserts the new ones and updates the changed ones in
 * batches through one {@link ChangeJournal.ImportWriter} (each price a change that travels; an audit row for each
 * change of a stored price and for each unusual price accepted), keeps the monthly sums in step, and records the
 * import in the ledger with an audit row of its own that stays on this device. A dry run goes through the same
 * comparison and writes nothing.
 */
final class ImportApplier {
    static final int BATCH = 5_000;
    /** The group of commodities created by an import; an administrator moves them to their group later. */
    static final String OTHER_GROUP = "LAINNYA";
    static final String LEDGER_TABLE = "import_ledger";
    /** An audit value holds at most this many characters (audit_log.new_value). */
    static final int AUDIT_VALUE_LIMIT = 4000;

    private static final Comparator<ImportedPrice> STORAGE_ORDER = Comparator
            .comparingInt((ImportedPrice p) -> p.point().commodityId()).thenComparingInt(p -> p.point().marketId())
            .thenComparing(p -> p.point().date());

    private final MasterDataService masterData;
    private final ChangeJournal journal;

    ImportApplier(MasterDataService masterData, ChangeJournal journal) {
        this.masterData = masterData;
        this.journal = journal;
    }

    /** What applying a plan did, or in a dry run would do. */
    record Applied(int inserted, int updated, int unchanged, List<String> createdMarkets,
                   List<String> createdCommodities) {
    }

    Applied apply(Store.Tx tx, ImportPlan plan, Actor actor, Instant now, boolean write) {
        return new Run(tx, plan, actor, now, write).run();
    }

    private final class Run {
        private final Store.Tx tx;
        private final ImportPlan plan;
        private final PlannedRows rows;
        private final Actor actor;
        private final Instant now;
        private final OffsetDateTime savedAt;
        private final boolean write;
        private final String reason;
        private final int[] marketIds;
        private final int[] commodityIds;
        private final Map<Long, long[]> monthDelta = new HashMap<>();
        private final java.util.SortedMap<LocalDate, java.util.Set<Integer>> touchedDays = new java.util.TreeMap<>();
        private final java.util.Set<PriceAggregates.WeekKey> touchedWeeks = new java.util.HashSet<>();
        private final List<ImportedPrice> inserts = new ArrayList<>(BATCH);
        private final List<ImportedPrice> updates = new ArrayList<>(BATCH);
        private final List<String> acceptedUnusual = new ArrayList<>();
        private final Map<Integer, String> marketCodes = new HashMap<>();
        private final Map<Integer, String> commodityCodes = new HashMap<>();
        /** Opened at the first price written: an import that changes nothing opens no journal session. */
        private ChangeJournal.ImportWriter writer;
        private int acceptedUnusualCount;
        private int inserted;
        private int updated;
        private int unchanged;

        Run(Store.Tx tx, ImportPlan plan, Actor actor, Instant now, boolean write) {
            this.tx = tx;
            this.plan = plan;
            this.rows = plan.rows();
            this.actor = actor;
            this.now = now;
            // The rows and the ledger carry the same instant, by which a price's history finds its import.
            this.savedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            this.write = write;
            this.reason = "impor " + plan.source().fileName();
            this.marketIds = new int[plan.newMarkets().size()];
            this.commodityIds = new int[plan.newCommodities().size()];
        }

        Applied run() {
            List<String> createdMarkets = new ArrayList<>();
            List<String> createdCommodities = new ArrayList<>();
            createMissing(createdMarkets, createdCommodities);
            PriceDao prices = tx.prices();
            // On an empty store there is nothing to compare with: skip the look-ups (and their memory).
            boolean storeEmpty = prices.firstDay().isEmpty();
            int i = 0;
            while (i < rows.size()) {
                LocalDate monthStart = rows.day(i).withDayOfMonth(1);
                int monthEnd = (int) monthStart.plusMonths(1).minusDays(1).toEpochDay();
                int j = i;
                Set<Integer> markets = new HashSet<>();
                while (j < rows.size() && PlannedRows.epochDay(rows.key(j)) <= monthEnd) {
                    int m = rows.marketId(j);
                    if (!PlannedRows.isNew(m)) {
                        markets.add(m);
                    }
                    j++;
                }
                Map<Long, Long> stored = new HashMap<>();
                if (!storeEmpty && !markets.isEmpty()) {
                    for (PricePoint p : prices.existing(monthStart, LocalDate.ofEpochDay(monthEnd), markets)) {
                        stored.put(PlannedRows.key((int) p.date().toEpochDay(), p.marketId(), p.commodityId()),
                                p.priceRp());
                    }
                }
                for (int k = i; k < j; k++) {
                    compare(k, stored);
                }
                flush(false);
                i = j;
            }
            flush(true);
            if (writer != null) {
                writer.close();
            }
            if (write) {
                Map<PriceDao.MonthKey, long[]> months = new HashMap<>();
                monthDelta.forEach((k, d) -> months.put(new PriceDao.MonthKey(PlannedRows.marketOf(k),
                        PlannedRows.commodityOf(k), LocalDate.ofEpochDay(PlannedRows.epochDay(k))), d));
                prices.addToMonths(months);
                prices.refreshDays(touchedDays);
                prices.refreshWeeks(touchedWeeks);
                journal.local(tx, new AuditEntry(now, actor.username(), actor.device(), LEDGER_TABLE,
                        plan.source().importKey(), null, summary(), null));
                tx.importLedger().record(plan.source().importKey(), plan.source().sha256(),
                        plan.source().fileName(), plan.source().options(), savedAt, actor.username(),
                        inserted + updated, plan.missing(), unchanged);
            }
            return new Applied(inserted, updated, unchanged, createdMarkets, createdCommodities);
        }

        private void compare(int row, Map<Long, Long> stored) {
            int m = real(rows.marketId(row), marketIds);
            int c = real(rows.commodityId(row), commodityIds);
            LocalDate day = rows.day(row);
            long price = rows.priceRp(row);
            Long old = stored.get(rows.key(row));
            boolean unusual = rows.unusual(row);
            if (old != null && old == price) {
                unchanged++;
                return;
            }
            long monthKey = PlannedRows.key((int) day.withDayOfMonth(1).toEpochDay(), m, c);
            if (old == null) {
                inserted++;
            } else {
                updated++;
            }
            if (!write) {
                return;
            }
            if (unusual) {
                acceptedUnusualCount++;
                // Only what fits the audit row is kept: a file of a million accepted prices must not fill the heap.
                if (acceptedUnusual.size() < ImportService.MAX_LISTED_PROBLEMS) {
                    acceptedUnusual.add(rows.line(row) + " " + code(m, c) + " " + day + " " + price);
                }
            }
            touchedDays.computeIfAbsent(day, k -> new java.util.TreeSet<>()).add(c);
            touchedWeeks.add(PriceAggregates.WeekKey.of(c, day));
            if (old == null) {
                // A new price gets an audit row of its own only when it was accepted as unusual; the others are
                // told from the ledger (PriceHistoryService), as imports always were.
                inserts.add(new ImportedPrice(new PricePoint(m, c, day, price), unusual ? unusualReason() : null));
                addDelta(monthKey, price, 1);
            } else {
                updates.add(new ImportedPrice(new PricePoint(m, c, day, price), unusual ? unusualReason() : reason));
                addDelta(monthKey, price - old, 0);
            }
        }

        private String unusualReason() {
            return reason + ": harga tidak biasa diterima (--accept-unusual)";
        }

        private String code(int marketId, int commodityId) {
            if (marketCodes.isEmpty()) {
                tx.markets().all().forEach(x -> marketCodes.put(x.id(), x.code()));
                tx.commodities().all().forEach(x -> commodityCodes.put(x.id(), x.code()));
            }
            return marketCodes.get(marketId) + " " + commodityCodes.get(commodityId);
        }

        private void addDelta(long monthKey, long sum, int count) {
            long[] d = monthDelta.computeIfAbsent(monthKey, k -> new long[2]);
            d[0] += sum;
            d[1] += count;
        }

        private void flush(boolean all) {
            if (!write) {
                return;
            }
            if (!inserts.isEmpty()) {
                // Rows arrive by day; stored by commodity and market, each series' month lands on neighbouring
                // index pages instead of touching hundreds of pages per day.
                inserts.sort(STORAGE_ORDER);
                for (int from = 0; from < inserts.size(); from += BATCH) {
                    writer().write(inserts.subList(from, Math.min(inserts.size(), from + BATCH)), List.of());
                }
                inserts.clear();
            }
            if (updates.size() >= BATCH || (all && !updates.isEmpty())) {
                writer().write(List.of(), updates);
                updates.clear();
            }
        }

        private ChangeJournal.ImportWriter writer() {
            if (writer == null) {
                writer = journal.importWriter(tx, actor, now);
            }
            return writer;
        }

        private int real(int id, int[] created) {
            // A dry run creates nothing: rows of markets and commodities still to be created are simply new.
            return PlannedRows.isNew(id) && write ? created[id - PlannedRows.NEW] : id;
        }

        private void createMissing(List<String> createdMarkets, List<String> createdCommodities) {
            for (int i = 0; i < plan.newMarkets().size(); i++) {
                ImportPlan.NewMarket nm = plan.newMarkets().get(i);
                createdMarkets.add(nm.code() + " " + nm.name());
                if (write) {
                    Market m = masterData.addMarket(tx, actor,
                            new MasterDataService.MarketDraft(null, nm.code(), nm.name(), null, null), reason);
                    marketIds[i] = m.id();
                }
            }
            if (plan.newCommodities().isEmpty()) {
                return;
            }
            CommodityGroup group = write ? masterData.addGroupIfMissing(tx, actor, OTHER_GROUP, "Lainnya", reason)
                    : null;
            for (int i = 0; i < plan.newCommodities().size(); i++) {
                ImportPlan.NewCommodity nc = plan.newCommodities().get(i);
                createdCommodities.add(nc.code() + " " + nc.name() + " (" + nc.unit() + ")");
                if (write) {
                    Commodity c = masterData.addCommodity(tx, actor, new MasterDataService.CommodityDraft(null,
                            nc.code(), nc.name(), null, nc.unit(), group.id()), reason);
                    commodityIds[i] = c.id();
                }
            }
        }

        /** The import's own audit row: the file, the options, the counts and the unusual prices accepted. */
        private String summary() {
            StringBuilder s = new StringBuilder("file=").append(plan.source().fileName())
                    .append("; sha256=").append(plan.source().sha256());
            if (!plan.source().options().isEmpty()) {
                s.append("; options=").append(plan.source().options());
            }
            s.append("; inserted=").append(inserted).append("; updated=").append(updated)
                    .append("; unchanged=").append(unchanged).append("; missing=").append(plan.missing());
            if (acceptedUnusualCount > 0) {
                s.append("; unusual accepted=").append(acceptedUnusualCount).append(" (line market commodity day"
                        + " price):");
                int listed = 0;
                for (String u : acceptedUnusual) {
                    String more = " \u2026 +" + (acceptedUnusualCount - listed);
                    if (s.length() + u.length() + 2 + more.length() > AUDIT_VALUE_LIMIT) {
                        s.append(more);
                        break;
                    }
                    s.append(listed == 0 ? " " : ", ").append(u);
                    listed++;
                }
                if (listed == acceptedUnusual.size() && listed < acceptedUnusualCount) {
                    s.append(" \u2026 +").append(acceptedUnusualCount - listed);
                }
            }
            return s.toString();
        }
    }
}
