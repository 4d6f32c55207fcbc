package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestImports;
import id.sinergi.infoharga.testing.PriceFiles;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every write service, called as the wrong role and as an officer of another market, is refused. */
class PermissionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T03:00:00Z"), ZoneOffset.UTC);
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final MarketDayEntry MARKET_1 = new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
            List.of(new MarketDayEntry.Line(1, 12_500, List.of(), null)));

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private EntryService entries;
    private BackupService backups;
    private AccountService accounts;
    private AlertService alerts;
    private StockService stock;
    private MasterDataService masterData;
    private AcknowledgementService acknowledgements;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        Authorizer authorizer = new Authorizer(ID);
        entries = new EntryService(store, CLOCK, authorizer);
        backups = new BackupService(store, CLOCK, authorizer);
        accounts = TestAccounts.accounts(store, CLOCK);
        ReferenceDataService reference = new ReferenceDataService(store);
        IndicatorService indicators = new IndicatorService(store, reference, ID);
        alerts = new AlertService(store, reference, indicators, CLOCK, ID);
        stock = new StockService(store, CLOCK, authorizer, ID, new DashboardService(store, reference, indicators,
                alerts));
        masterData = new MasterDataService(store, CLOCK, ID, authorizer, alerts, reference);
        acknowledgements = new AcknowledgementService(store, CLOCK, ID, authorizer);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void inSetUpModeEveryWriteIsRefusedWithHowToCreateTheAdministrator() {
        assertThatThrownBy(() -> entries.save(new Actor("petugas", "hp"), MARKET_1))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("info-harga admin create --user NAMA");
        assertThatThrownBy(() -> backups.backupTo(new Actor("petugas", "hp"), folder.resolve("b.zip")))
                .hasMessageContaining("Belum ada akun administrator");
        assertThat(storedPrices()).isZero();
    }

    @Test
    void anOfficerWritesOnlyTheAssignedMarkets() {
        Actor officerOf2 = TestAccounts.officer(store, "siti", List.of(2));
        assertThatThrownBy(() -> entries.save(officerOf2, MARKET_1))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Akun siti tidak ditugaskan di pasar [Pasar Raya Mojosari]. Tidak ada yang disimpan.");
        assertThat(storedPrices()).isZero();

        Actor officerOf1 = TestAccounts.officer(store, "budi", List.of(1));
        entries.save(officerOf1, MARKET_1);
        assertThat(storedPrices()).isEqualTo(1);
    }

    @Test
    void everyWriteServiceRefusesTheWrongRoleAndAnOfficerOfAnotherMarket() throws Exception {
        List<AlertThresholds> thresholds = store.read(tx -> tx.thresholds().all());
        Actor admin = TestAccounts.admin(store);
        Actor analyst = TestAccounts.user(store, "analis", Role.ANALYST, List.of(), List.of());
        Actor otherOfficer = TestAccounts.officer(store, "siti", List.of(2));
        TestAccounts.officer(store, "budi", List.of(1));
        Actor stranger = new Actor("tidak-ada", "hp");

        for (Actor wrong : List.of(analyst, otherOfficer, stranger)) {
            Map<String, Executable> writes = new LinkedHashMap<>();
            writes.put("entry", () -> entries.save(wrong, MARKET_1));
            writes.put("backup", () -> backups.backupTo(wrong, folder.resolve("b.zip")));
            writes.put("createUser", () -> accounts.createUser(wrong, "baru", Role.OFFICER, "Sandi-Baru-123"));
            writes.put("assign", () -> accounts.assign(wrong, "budi", List.of(1, 2), List.of()));
            writes.put("resetPassword", () -> accounts.resetPassword(wrong, "budi", "Sandi-Baru-123"));
            writes.put("disable", () -> accounts.disable(wrong, "budi"));
            writes.put("users", () -> accounts.users(wrong));
            writes.put("enable", () -> accounts.enable(wrong, "budi"));
            writes.put("stock", () -> stock.record(wrong, new StockDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new StockDayEntry.Line(1, null, null, null, null, java.math.BigDecimal.TEN)))));
            writes.put("thresholds", () -> alerts.updateThresholds(wrong, thresholds.get(0)));
            writes.put("market", () -> masterData.saveMarket(wrong,
                    new MasterDataService.MarketDraft(null, "BARU", "Pasar Baru", null, null), null));
            writes.put("retireMarket", () -> masterData.setMarketActive(wrong, 1, false, null));
            writes.put("retireCommodity", () -> masterData.setCommodityActive(wrong, 1, false, null));
            writes.put("group", () -> masterData.saveGroup(wrong, 1, 9.0, true, null));
            writes.put("reference", () -> masterData.endReferencePrice(wrong, 1, LocalDate.of(2025, 9, 1), null));
            writes.put("outlet", () -> masterData.setOutletActive(wrong, 1, false, null));
            writes.forEach((name, call) -> assertThatThrownBy(call::execute)
                    .as(name + " as " + wrong.username()).isInstanceOf(AccessDeniedException.class));
        }
        assertThat(storedPrices()).isZero();
        long movements = store.read(tx -> tx.stock().count());
        List<AlertThresholds> thresholdsAfter = store.read(tx -> tx.thresholds().all());
        Catalog catalog = new ReferenceDataService(store).catalog();
        assertThat(movements).isZero();
        assertThat(thresholdsAfter).isEqualTo(thresholds);
        assertThat(catalog.markets()).hasSize(20).allMatch(m -> m.active());
        assertThat(catalog.commodities()).allMatch(c -> c.active());
        assertThat(catalog.outlets()).allMatch(o -> o.active());
        assertThat(catalog.groups().get(0).weight()).isNotEqualTo(9.0);
        assertThat(catalog.referencePrices().get(0).validTo()).isNull();
        assertThat(accounts.account("baru")).isEmpty();
        assertThat(accounts.account("budi").orElseThrow().active()).isTrue();
        assertThat(accounts.account("budi").orElseThrow().marketIds()).containsExactly(1);
        assertThat(folder.resolve("b.zip")).doesNotExist();

        // The administrator may do all of it.
        entries.save(admin, MARKET_1);
        // Outside the data folder: nothing a person names is written inside it (issue 12).
        Path outside = folder.resolveSibling(folder.getFileName() + "-b.zip");
        try {
            backups.backupTo(admin, outside);
            assertThat(outside).isNotEmptyFile();
        } finally {
            java.nio.file.Files.deleteIfExists(outside);
        }
        assertThat(storedPrices()).isEqualTo(1);
    }

    @Test
    void aDisabledOfficerCanNoLongerWrite() {
        Actor admin = TestAccounts.admin(store);
        Actor budi = TestAccounts.officer(store, "budi", List.of(1));
        accounts.disable(admin, "budi");
        assertThatThrownBy(() -> entries.save(budi, MARKET_1)).hasMessage("Akun budi dinonaktifkan.");
    }

    @Test
    void anOfficersImportThatTouchesAnotherMarketIsRefusedAsAWhole() {
        Path file = PriceFiles.resource(folder, "bom_semicolon.csv"); // Pasar Raya Mojosari and Pasar Dinoyo
        int dinoyo = new ReferenceDataService(store).catalog().findMarket("Pasar Dinoyo").orElseThrow().id();
        ImportService imports = TestImports.service(store, CLOCK, ID);
        ImportService.ImportRequest request = new ImportService.ImportRequest(file, null, null, null, false, false);
        Actor onlyRaya = TestAccounts.officer(store, "budi", List.of(1));
        assertThatThrownBy(() -> imports.importPrices(onlyRaya, request))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Akun budi tidak ditugaskan di pasar [Pasar Dinoyo]. Tidak ada yang disimpan.");
        Actor analyst = TestAccounts.user(store, "analis", Role.ANALYST, List.of(), List.of());
        assertThatThrownBy(() -> imports.importPrices(analyst, request)).isInstanceOf(AccessDeniedException.class);
        assertThat(storedPrices()).isZero();
        String sha = id.sinergi.infoharga.exchange.FileDigest.sha256(file);
        var ledger = store.read(tx -> tx.importLedger().withKey(sha));
        assertThat(ledger).isEmpty();

        Actor both = TestAccounts.officer(store, "siti", List.of(1, dinoyo));
        assertThat(imports.importPrices(both, request).inserted()).isPositive();
    }

    @Test
    void demoDataIsForAnAdministrator() {
        DemoDataService demo = new DemoDataService(store, CLOCK, ID);
        DemoDataService.DemoRequest oneYear = new DemoDataService.DemoRequest(1, 1, 1, LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> demo.generate(new Actor("siapa", "pc"), oneYear, line -> { }))
                .hasMessageContaining("info-harga admin create");
        Actor officer = TestAccounts.officer(store, "budi", List.of(1));
        assertThatThrownBy(() -> demo.generate(officer, oneYear, line -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedPrices()).isZero();
    }

    private long storedPrices() {
        return store.read(tx -> tx.prices().count());
    }

    @Test
    void acknowledgingAnAlertIsForAnalystsAndAdministrators() {
        Actor analyst = TestAccounts.user(store, "analis", Role.ANALYST, List.of(), List.of());
        Actor officer = TestAccounts.officer(store, "budi", List.of(1));
        for (Actor wrong : List.of(officer, new Actor("tidak-ada", "hp"))) {
            assertThatThrownBy(() -> acknowledgements.acknowledge(wrong, LocalDate.of(2025, 9, 15), "ref:1:1",
                    AlertLevel.SIAGA, "sudah dicek")).as(wrong.username()).isInstanceOf(AccessDeniedException.class);
        }
        acknowledgements.acknowledge(analyst, LocalDate.of(2025, 9, 15), "ref:1:1", AlertLevel.SIAGA, "sudah dicek");
    }
}
