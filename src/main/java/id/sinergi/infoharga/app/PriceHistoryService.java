package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The history of one price from the audit trail: who changed it, when, from what, to what, and why. */
public final class PriceHistoryService {
    /** The longest range of days one question may cover. */
    public static final int MAX_DAYS = 92;

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
     * {@value #MAX_DAYS}), by day and then oldest first. The revision counts from 1 at the first entry; a price
     * whose first entry left no audit row (an imported or generated one, whose first change then shows an old
     * value) starts its changes at revision 2.
     */
    public List<PriceChange> changes(int marketId, int commodityId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("range " + from + ".." + to);
        }
        return store.read(tx -> {
            List<PriceChange> out = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                List<AuditDao.AuditRow> rows = tx.audit().forKey(EntryService.TABLE,
                        EntryService.rowKey(marketId, commodityId, d));
                int revision = rows.isEmpty() || rows.get(0).entry().oldValue() == null ? 1 : 2;
                for (AuditDao.AuditRow r : rows) {
                    AuditEntry e = r.entry();
                    out.add(new PriceChange(d, e.at(), e.actor(), e.device(), e.oldValue(), e.newValue(), e.reason(),
                            revision++));
                }
            }
            return out;
        });
    }
}
