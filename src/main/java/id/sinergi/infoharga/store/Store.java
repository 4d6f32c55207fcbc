package id.sinergi.infoharga.store;

import org.jdbi.v3.core.Handle;

import java.util.function.Function;

/**
 * The app layer's door to the store: runs work in one transaction and hands out DAOs bound to it, so that no
 * Jdbi type leaks past this package.
 */
public final class Store {
    private final Database database;

    public Store(Database database) {
        this.database = database;
    }

    /** The DAOs of one transaction. */
    public static final class Tx {
        private final Handle handle;

        Tx(Handle handle) {
            this.handle = handle;
        }

        public MarketDao markets() {
            return handle.attach(MarketDao.class);
        }

        public CommodityDao commodities() {
            return handle.attach(CommodityDao.class);
        }

        public ReferencePriceDao referencePrices() {
            return handle.attach(ReferencePriceDao.class);
        }

        public OutletDao outlets() {
            return handle.attach(OutletDao.class);
        }

        public PriceDao prices() {
            return handle.attach(PriceDao.class);
        }

        public StockDao stock() {
            return handle.attach(StockDao.class);
        }

        public AuditDao audit() {
            return handle.attach(AuditDao.class);
        }

        public ImportLedgerDao importLedger() {
            return handle.attach(ImportLedgerDao.class);
        }

        public SettingDao settings() {
            return handle.attach(SettingDao.class);
        }

        public UserDao users() {
            return handle.attach(UserDao.class);
        }

        public IntegrityDao integrity() {
            return handle.attach(IntegrityDao.class);
        }

        public ThresholdDao thresholds() {
            return handle.attach(ThresholdDao.class);
        }

        public MonthSumDao monthSums() {
            return handle.attach(MonthSumDao.class);
        }

        public DemoDao demo() {
            return handle.attach(DemoDao.class);
        }

        public AlertAckDao alertAcks() {
            return handle.attach(AlertAckDao.class);
        }
    }

    /** Runs {@code work} in one transaction: everything or nothing is stored. */
    public <T> T inTransaction(Function<Tx, T> work) {
        try {
            return database.jdbi().inTransaction(h -> work.apply(new Tx(h)));
        } catch (RuntimeException e) {
            throw StoreFailures.translate(e, database.folder());
        }
    }

    /** Runs read-only {@code work} on one handle. */
    public <T> T read(Function<Tx, T> work) {
        try {
            return database.jdbi().withHandle(h -> work.apply(new Tx(h)));
        } catch (RuntimeException e) {
            throw StoreFailures.translate(e, database.folder());
        }
    }

    /** Forces committed data to disk before the user is told it is saved (DESIGN §3). */
    public void syncToDisk() {
        database.checkpointSync();
    }

    public java.nio.file.Path folder() {
        return database.folder();
    }

    /** The database under this store (backups need it whole). */
    public Database database() {
        return database;
    }
}
