package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.DeviceKeys;
import org.jdbi.v3.core.Handle;

import java.util.function.Function;

/**
 * The app layer's door to the store: runs work in one transaction and hands out DAOs bound to it, so that no
 * Jdbi type leaks past this package.
 */
public final class Store {
    private final Database database;
    private DeviceKeys device;

    /** The store of a folder whose device identity is read (or created) from its files when first needed. */
    public Store(Database database) {
        this.database = database;
    }

    /** The store of a folder whose device identity is already loaded. */
    public Store(Database database, DeviceKeys device) {
        this.database = database;
        this.device = device;
    }

    /** This folder's device (DESIGN §10): the origin of every change made here, and the key packages are signed with. */
    public synchronized DeviceKeys device() {
        if (device == null) {
            device = DeviceFile.loadOrCreate(database.folder(), "perangkat " + database.folder().getFileName());
        }
        return device;
    }

    /** Gives this folder's device another name (its id and keys stay); packages carry the new name from now on. */
    public synchronized DeviceKeys renameDevice(String name) {
        device = DeviceFile.rename(database.folder(), name);
        return device;
    }

    /** The DAOs of one transaction. */
    public static final class Tx {
        private final Handle handle;
        /**
         * Each DAO attached once per handle: Jdbi's attach copies the handle's configuration every time, and reads
         * that ask a DAO in a loop (a day's prices commodity by commodity) spent as long attaching as querying.
         */
        private final java.util.Map<Class<?>, Object> attached = new java.util.HashMap<>();

        Tx(Handle handle) {
            this.handle = handle;
        }

        private <T> T dao(Class<T> type) {
            return type.cast(attached.computeIfAbsent(type, handle::attach));
        }

        public MarketDao markets() {
            return dao(MarketDao.class);
        }

        public CommodityDao commodities() {
            return dao(CommodityDao.class);
        }

        public ReferencePriceDao referencePrices() {
            return dao(ReferencePriceDao.class);
        }

        public OutletDao outlets() {
            return dao(OutletDao.class);
        }

        public PriceDao prices() {
            return dao(PriceDao.class);
        }

        public StockDao stock() {
            return dao(StockDao.class);
        }

        public AuditDao audit() {
            return dao(AuditDao.class);
        }

        public ImportLedgerDao importLedger() {
            return dao(ImportLedgerDao.class);
        }

        public SettingDao settings() {
            return dao(SettingDao.class);
        }

        public UserDao users() {
            return dao(UserDao.class);
        }

        public IntegrityDao integrity() {
            return dao(IntegrityDao.class);
        }

        public ThresholdDao thresholds() {
            return dao(ThresholdDao.class);
        }

        public MonthSumDao monthSums() {
            return dao(MonthSumDao.class);
        }

        public DemoDao demo() {
            return dao(DemoDao.class);
        }

        public AlertAckDao alertAcks() {
            return dao(AlertAckDao.class);
        }

        /** Price rows and changes by the thousand, by plain JDBC batches in this transaction. */
        public BulkWrites bulk() {
            return new BulkWrites(handle.getConnection());
        }

        public ChangeLogDao changeLog() {
            return dao(ChangeLogDao.class);
        }

        public DeviceDao devices() {
            return dao(DeviceDao.class);
        }

        public ConflictDao conflicts() {
            return dao(ConflictDao.class);
        }

        /** The names of the tables in this database (lower case), for checks that every table is accounted for. */
        public java.util.List<String> tableNames() {
            return handle.createQuery("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME").mapTo(String.class).list();
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

    /**
     * Runs read-only {@code work} on one handle that sees the database as of one moment over all its statements
     * ({@link SnapshotReads}): for reads whose parts must agree with each other while saves go on. Anything written
     * in it is rolled back.
     */
    public <T> T readSnapshot(Function<Tx, T> work) {
        try {
            return database.jdbi().<T, java.sql.SQLException>withHandle(h -> SnapshotReads.<T, RuntimeException>read(
                    h.getConnection(), () -> work.apply(new Tx(h))));
        } catch (java.sql.SQLException e) {
            throw StoreFailures.translate(new StoreException(e.getMessage(), e), database.folder());
        } catch (RuntimeException e) {
            throw StoreFailures.translate(e, database.folder());
        }
    }

    /** Forces committed data to disk before the user is told it is saved (DESIGN §3). */
    public void syncToDisk() {
        database.checkpointSync();
    }

    /**
     * Makes the data file denser for at most {@code budget}, when no read or write is in flight and the file has
     * become sparse; returns at once otherwise. Every save already does a little of it after its sync; bulk writers
     * (the demo generator) call it between their transactions.
     */
    public HousekeepingOutcome keepFileDense(java.time.Duration budget) {
        return database.keepDense(budget);
    }

    public java.nio.file.Path folder() {
        return database.folder();
    }

    /** The database under this store (backups need it whole). */
    public Database database() {
        return database;
    }
}
