package id.sinergi.infoharga;

import id.sinergi.infoharga.app.AcknowledgementService;
import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.AuditVerifier;
import id.sinergi.infoharga.app.BackupAnchors;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.CommonPasswords;
import id.sinergi.infoharga.app.PasswordHasher;
import id.sinergi.infoharga.app.PriceHistoryService;
import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.DashboardService;
import id.sinergi.infoharga.app.DemoDataService;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.ExportService;
import id.sinergi.infoharga.app.ImportService;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.app.SettingsService;
import id.sinergi.infoharga.app.StockService;
import id.sinergi.infoharga.app.ReportService;
import id.sinergi.infoharga.app.SetupService;
import id.sinergi.infoharga.app.LocalActor;
import id.sinergi.infoharga.app.OutputTarget;
import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.sync.SentPackageAnchor;
import id.sinergi.infoharga.app.server.ServerService;
import id.sinergi.infoharga.app.server.ServerSettings;
import id.sinergi.infoharga.app.sync.SyncService;
import id.sinergi.infoharga.store.server.ServerSettingsFile;
import id.sinergi.infoharga.domain.DeviceKeys;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Wires the application by constructors, in one place: the database of one data folder and the use cases over
 * it. The desktop and the command line both start from here.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final Store store;
    private final Clock clock;
    private final Messages messages;
    private final ReferenceDataService referenceData;
    private final EntryService entries;
    private final Authorizer authorizer;
    private final AccountService accounts;
    private final AuditVerifier verifier;
    private final BackupService backups;
    private final PriceHistoryService priceHistory;
    private final SettingsService settings;
    private final ImportService imports;
    private final ExportService exports;
    private final DemoDataService demo;
    private final IndicatorService indicators;
    private final AlertService alerts;
    private final DashboardService dashboard;
    private final AcknowledgementService acknowledgements;
    private final ReportService reports;
    private final StockService stock;
    private final MasterDataService masterData;
    private final OutputTarget outputs;
    private final SetupService setup;
    private final SyncService sync;
    private final ServerService server;

    public AppContext(Path dataFolder, Clock clock, Messages messages) {
        // Before the database: Argon2 gets compiled on the second core while the file is opened (issue 16). The
        // logger first, on this thread: a message logged while another thread sets it up makes SLF4J print a
        // warning on the console.
        org.slf4j.LoggerFactory.getILoggerFactory();
        PasswordHasher hasher = PasswordHasher.warmingUp();
        this.database = Database.open(dataFolder);
        // After the database: its lock keeps a second process from creating a second identity at the same time.
        try {
            DeviceKeys device = DeviceFile.loadOrCreate(dataFolder, LocalActor.device());
            this.store = new Store(database, device);
            // After the migrations (and the before-upgrade backup Database.open wrote before them).
            ChangeJournal journal = new ChangeJournal(store, clock);
            // A folder restored to older data than its device sent has a new device id (BackupService.restore):
            // its rows then name the old id as this device until the new one takes its place.
            journal.claimSelf();
            int adopted = journal.adoptExistingRows();
            if (adopted > 0) {
                org.slf4j.LoggerFactory.getLogger(AppContext.class).info(
                        "the {} rows from before the change log became this device's first changes", adopted);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        this.outputs = new OutputTarget(dataFolder, messages);
        this.clock = clock;
        this.messages = messages;
        this.referenceData = new ReferenceDataService(store);
        this.authorizer = new Authorizer(messages);
        this.accounts = new AccountService(store, clock, messages, hasher, CommonPasswords.lazy(),
                authorizer);
        this.entries = new EntryService(store, clock, authorizer);
        // Anchors of this folder's audit chain kept outside the data file: its backups, and the last package sent.
        this.verifier = new AuditVerifier(store, List.of(new BackupAnchors(dataFolder, store.device().identity()),
                new SentPackageAnchor(dataFolder, store.device().identity().publicKey())));
        this.backups = new BackupService(store, clock, authorizer, store.device(), messages);
        this.priceHistory = new PriceHistoryService(store);
        this.settings = new SettingsService(store, clock);
        this.exports = new ExportService(store, messages);
        this.demo = new DemoDataService(store, clock, messages);
        this.indicators = new IndicatorService(store, referenceData, messages);
        this.alerts = new AlertService(store, referenceData, indicators, clock, messages);
        this.dashboard = new DashboardService(store, referenceData, indicators, alerts);
        this.acknowledgements = new AcknowledgementService(store, clock, messages, authorizer);
        this.reports = new ReportService(store, referenceData, indicators, alerts, clock, messages);
        this.stock = new StockService(store, clock, authorizer, messages, dashboard);
        this.masterData = new MasterDataService(store, clock, messages, authorizer, alerts, referenceData);
        this.imports = new ImportService(store, clock, messages, masterData);
        this.sync = new SyncService(store, clock, messages, authorizer, outputs);
        this.server = new ServerService(store, clock, messages, authorizer, new ServerSettings(
                new ServerSettingsFile(dataFolder), store.device()));
        this.setup = new SetupService(store, clock, messages, authorizer, masterData, referenceData, sync);
    }

    public Path dataFolder() {
        return database.folder();
    }

    /** This data folder's device: id, name and signing key (DESIGN §10). */
    public DeviceKeys device() {
        return store.device();
    }

    /**
     * The one guard for every file written where a person chose: never inside this data folder, an existing file
     * only when they agreed, whole or not at all.
     */
    public OutputTarget outputs() {
        return outputs;
    }

    public Clock clock() {
        return clock;
    }

    public Messages messages() {
        return messages;
    }

    public ReferenceDataService referenceData() {
        return referenceData;
    }

    public StockService stock() {
        return stock;
    }

    public SetupService setup() {
        return setup;
    }

    public MasterDataService masterData() {
        return masterData;
    }

    public EntryService entries() {
        return entries;
    }

    public Authorizer authorizer() {
        return authorizer;
    }

    public AccountService accounts() {
        return accounts;
    }

    public AuditVerifier verifier() {
        return verifier;
    }

    public BackupService backups() {
        return backups;
    }

    public PriceHistoryService priceHistory() {
        return priceHistory;
    }

    public SettingsService settings() {
        return settings;
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    public DemoDataService demo() {
        return demo;
    }

    public IndicatorService indicators() {
        return indicators;
    }

    public AlertService alerts() {
        return alerts;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public AcknowledgementService acknowledgements() {
        return acknowledgements;
    }

    /** Exchange packages, devices and conflicts (DESIGN §10). */
    /** The central PostgreSQL server: set-up, settings, sync (DESIGN §10). */
    public ServerService server() {
        return server;
    }

    public SyncService sync() {
        return sync;
    }

    public ReportService reports() {
        return reports;
    }

    @Override
    public void close() {
        database.close();
    }
}
