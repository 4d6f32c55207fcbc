package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Store;

import java.time.LocalDate;
import java.util.List;

/** The history of one price from the audit trail: who changed it, when, from what, to what, and why. */
public final class PriceHistoryService {
    private final Store store;

    public PriceHistoryService(Store store) {
        this.store = store;
    }

    /** Oldest first; empty when the price was never entered. */
    public List<AuditEntry> history(int marketId, int commodityId, LocalDate day) {
        return store.read(tx -> tx.audit().forKey(EntryService.TABLE, EntryService.rowKey(marketId, commodityId, day)))
                .stream().map(AuditDao.AuditRow::entry).toList();
    }
}
