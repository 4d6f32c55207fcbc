package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.ImportLedgerDao;
import id.sinergi.infoharga.store.Store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The history of one price from the audit trail: who changed it, when, from what, to what, and why. A price stored
 * in bulk (an import, a demo run) leaves one audit row for the whole load rather than one per price; its first save
 * is told from that load: the rows and the load's record carry the same instant.
 */
public final class PriceHistoryService {
    /** The longest range of days one question may cover. */
    public static final int MAX_DAYS = 92;
    private static final Pattern SEED = Pattern.compile("seed=(-?\\d+)");

    private final Store store;

    public PriceHistoryService(Store store) {
        this.store = store;
    }

    /** Oldest first; empty when the price was never entered. */
    public List<AuditEntry> history(int marketId, int commodityId, LocalDate day) {
        return store.read(tx -> tx.audit().forKey(EntryService.TABLE, EntryService.rowKey(marketId, commodityId, day)))
                .stream().map(AuditDao.AuditRow::entry).toList();
    }

    /**
     * Every save of the price of one commodity at one market on the days {@code from}..{@code to} (at most
     * {@value #MAX_DAYS}), by day and then oldest first. The revision counts from 1 at the first save. A price whose
     * first save left no audit row of its own (imported or generated) starts with that save, told from the import
     * ledger or the demo run's audit row; if it has been changed since, only its first value is known.
     */
    public List<PriceChange> changes(int marketId, int commodityId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("range " + from + ".." + to);
        }
        return store.read(tx -> {
            List<PriceChange> out = new ArrayList<>();
            List<AuditEntry> demoRuns = null;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                List<AuditDao.AuditRow> rows = tx.audit().forKey(EntryService.TABLE,
                        EntryService.rowKey(marketId, commodityId, d));
                boolean firstUnaudited = rows.isEmpty() || rows.get(0).entry().oldValue() != null;
                int revision = 1;
                if (firstUnaudited) {
                    Optional<PriceObservation> stored = tx.prices().find(marketId, commodityId, d);
                    if (stored.isPresent() || !rows.isEmpty()) {
                        if (demoRuns == null) {
                            demoRuns = tx.audit().forKey(EntryService.TABLE, DemoDataService.DEMO).stream()
                                    .map(AuditDao.AuditRow::entry).toList();
                        }
                        out.add(firstSave(tx, d, stored, rows, demoRuns));
                        revision = 2;
                    }
                }
                for (AuditDao.AuditRow r : rows) {
                    AuditEntry e = r.entry();
                    out.add(new PriceChange(d, e.at(), e.actor(), e.device(), e.oldValue(), e.newValue(), e.reason(),
                            revision++));
                }
            }
            return out;
        });
    }

    /** The save that left no audit row of its own, from the bulk load that made it. */
    private static PriceChange firstSave(Store.Tx tx, LocalDate day, Optional<PriceObservation> stored,
                                         List<AuditDao.AuditRow> rows, List<AuditEntry> demoRuns) {
        if (!rows.isEmpty() || stored.get().revision() != 1) {
            // Changed since: the first value is the one the first change started from.
            String first = rows.isEmpty() ? null : rows.get(0).entry().oldValue();
            return new PriceChange(day, null, null, null, null, first, null, 1, PriceChange.Origin.UNRECORDED, null);
        }
        PriceObservation o = stored.get();
        String value = Long.toString(o.priceRp());
        if (DemoDataService.DEMO.equals(o.officer()) && DemoDataService.DEMO.equals(o.device())
                && !demoRuns.isEmpty()) {
            // Officer "demo" on device "demo" is the demo's alone. Its run carries the rows' instant; a folder
            // filled before runs were stamped so has its one run (demo fills only an empty folder).
            AuditEntry run = demoRuns.stream().filter(r -> r.at().equals(o.updatedAt())).findFirst()
                    .orElse(demoRuns.get(demoRuns.size() - 1));
            Matcher seed = SEED.matcher(String.valueOf(run.newValue()));
            return new PriceChange(day, run.at(), run.actor(), run.device(), null, value, run.reason(), 1,
                    PriceChange.Origin.DEMO, seed.find() ? seed.group(1) : "?");
        }
        List<ImportLedgerDao.Entry> imports = tx.importLedger()
                .savedAt(OffsetDateTime.ofInstant(o.updatedAt(), ZoneOffset.UTC));
        if (!imports.isEmpty()) {
            ImportLedgerDao.Entry file = imports.get(0);
            return new PriceChange(day, o.updatedAt(), file.actor(), o.device(), null, value, null, 1,
                    PriceChange.Origin.IMPORTED, file.fileName());
        }
        return new PriceChange(day, o.updatedAt(), o.officer(), o.device(), null, value, null, 1,
                PriceChange.Origin.UNRECORDED, null);
    }
}
