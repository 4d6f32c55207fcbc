package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.ImportService;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.OutputTarget;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.app.SetupService;
import id.sinergi.infoharga.app.StockService;
import id.sinergi.infoharga.app.sync.SyncService;
import id.sinergi.infoharga.domain.indicators.ReportingRules;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.StockDayEntry;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.domain.sync.Entity;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.ChangeLogDao;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.SmallDataset;
import id.sinergi.infoharga.testing.SmallServices;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Every write of the app layer appends its change in the same transaction" (issue 13), checked two ways so that a
 * write added later without a change fails here: every table of the schema belongs to a codec or is named as this
 * device's own bookkeeping; and each write of every service, run once, leaves changes in exactly the tables of the
 * entities of the changes it appended (compared row by row through H2's SCRIPT), and an audit row naming each.
 */
class JournalCoverageTest {
    /** Tables that never travel, and why. */
    static final Map<String, String> LOCAL = Map.of(
            "audit_log", "each device's own tamper-evident chain (its rows name the changes they record)",
            "change_log", "the log itself",
            "change_head", "the winning change per key, kept with the rows",
            "sync_state", "the Lamport clock and the upgrade mark",
            "sync_peer", "what each peer has confirmed holding",
            "import_ledger", "files this device imported (their prices are changes)",
            "login_failure", "failed log-ins under unknown names: this device's own guard",
            "flyway_schema_history", "the schema version");
    /** Written on every change: this device's sequence (sync_device.known_seq). */
    static final Set<String> BOOKKEEPING = Set.of("sync_device");

    @TempDir
    Path folder;
    SmallServices s;
    Store store;
    Actor admin;
    Actor officer;
    Actor analyst;

    @BeforeEach
    void open() {
        s = new SmallServices(folder);
        store = s.store;
        admin = TestAccounts.admin(store);
        officer = TestAccounts.user(store, "petugas-uji", Role.OFFICER, List.of(s.data.m1), List.of(s.data.outlet));
        analyst = TestAccounts.user(store, "analis-uji", Role.ANALYST, List.of(), List.of());
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void everyTableBelongsToACodecOrIsNamedAsLocal() {
        Set<String> claimed = new TreeSet<>();
        Codecs.all().forEach(c -> claimed.addAll(c.tables()));
        claimed.addAll(LOCAL.keySet());
        Set<String> tables = new TreeSet<>(store.read(Store.Tx::tableNames));
        assertThat(claimed).as("every codec's table exists").isSubsetOf(tables);
        assertThat(tables).as("a table that is neither a codec's nor local would be written without a change")
                .isSubsetOf(claimed);
        assertThat(Codecs.all()).extracting(Codec::entity).containsExactlyInAnyOrder(Entity.values());
    }

    @Test
    void everyWriteOfEveryServiceAppendsItsChangesAndTouchesOnlyTheirTables() throws IOException {
        var clock = s.clock;
        var messages = s.messages;
        Authorizer authorizer = new Authorizer(messages);
        EntryService entries = new EntryService(store, clock, authorizer);
        MasterDataService master = new MasterDataService(store, clock, messages, authorizer, s.alerts,
                new ReferenceDataService(store));
        AccountService accounts = TestAccounts.accounts(store, clock);
        StockService stock = new StockService(store, clock, authorizer, messages, s.dashboard);
        ImportService imports = new ImportService(store, clock, messages, master);
        SetupService setup = new SetupService(store, clock, messages, authorizer, master,
                new ReferenceDataService(store), new SyncService(store, clock, messages, authorizer,
                new OutputTarget(folder, messages)));
        int beras = s.data.catalog.groups().stream().filter(g -> g.code().equals("BERAS")).findFirst()
                .orElseThrow().id();
        int medium = s.data.medium;

        Map<String, Runnable> writes = new LinkedHashMap<>();
        writes.put("entry", () -> entries.save(officer, new MarketDayEntry(s.data.m1, SmallDataset.D3,
                List.of(new MarketDayEntry.Line(medium, 12_700, List.of(12_600L, 12_800L), null)))));
        writes.put("entry correction", () -> entries.save(officer, new MarketDayEntry(s.data.m1, SmallDataset.D3,
                List.of(new MarketDayEntry.Line(medium, 12_750, List.of(), "cuaca")))));
        writes.put("entry over a price no change wrote", () -> entries.save(admin, new MarketDayEntry(s.data.m2,
                SmallDataset.D1, List.of(new MarketDayEntry.Line(medium, 13_100, List.of(), null)))));
        writes.put("stock", () -> stock.record(officer, new StockDayEntry(s.data.outlet, SmallDataset.D3, List.of(
                new StockDayEntry.Line(medium, new BigDecimal("100"), "Bulog", new BigDecimal("5"), 12_000L,
                        new BigDecimal("295"))))));
        writes.put("market", () -> master.saveMarket(admin, new MasterDataService.MarketDraft(null, "SOOKO",
                "Pasar Sooko", "Sooko", "Pasar Desa"), "baru"));
        writes.put("market retired", () -> master.setMarketActive(admin,
                store.read(tx -> tx.markets().byCode("SOOKO").orElseThrow().id()), false, "tutup"));
        writes.put("commodity", () -> master.saveCommodity(admin, new MasterDataService.CommodityDraft(null,
                "KOPI", "Kopi", "bubuk", "kg", beras), new AlertThresholds(0, 0, 5, 15, 6, 12, 24, 7, 3, 1), "baru"));
        writes.put("thresholds", () -> s.alerts.updateThresholds(admin, new AlertThresholds(medium, 0, 4, 12, 4, 8,
                16, 7, 3, 1)));
        writes.put("group", () -> master.saveGroup(admin, beras, 4.2, false, "bobot"));
        writes.put("reference ended", () -> master.endReferencePrice(admin, store.read(tx -> tx.referencePrices()
                .forCommodity(medium)).getLast().id(), SmallDataset.D3.plusDays(29), "akhir"));
        writes.put("reference", () -> master.saveReferencePrice(admin, new MasterDataService.ReferenceDraft(null,
                medium, ReferenceKind.HET, null, 14_900L, "Perbup 9/2026", SmallDataset.D3.plusDays(30), null),
                "baru"));
        writes.put("outlet", () -> master.saveOutlet(admin, new MasterDataService.OutletDraft(null, "WLD-SOOKO",
                "WULANDARI Sooko", s.data.m1, "Jl. Raya"), "baru"));
        writes.put("outlet retired", () -> master.setOutletActive(admin, store.read(tx -> tx.outlets()
                .byCode("WLD-SOOKO").orElseThrow().id()), false, "tutup"));
        writes.put("account", () -> accounts.createUser(admin, "budi", Role.OFFICER, TestAccounts.PASSWORD));
        writes.put("assignment", () -> accounts.assign(admin, "budi", List.of(s.data.m2), List.of()));
        writes.put("password reset", () -> accounts.resetPassword(admin, "budi", "Rahasia-Baru-2026"));
        writes.put("own password", () -> accounts.changePassword(new Actor("budi", "test"), "Rahasia-Baru-2026",
                TestAccounts.PASSWORD));
        writes.put("disable", () -> accounts.disable(admin, "budi"));
        writes.put("enable", () -> accounts.enable(admin, "budi"));
        writes.put("acknowledgement", () -> s.acknowledgements.acknowledge(analyst, SmallDataset.D2,
                "REFERENCE:BERAS-MEDIUM:-", AlertLevel.SIAGA, "operasi pasar"));
        Path csv = folder.resolveSibling(folder.getFileName() + "-harga.csv");
        Files.writeString(csv, "date,market,commodity,price\n2025-09-02,RAYA-MJS,BERAS-MEDIUM,12600\n"
                + "2025-09-02,DINOYO,BERAS-MEDIUM,14100\n2025-09-02,PASAR BARU,BERAS-MEDIUM,13300\n");
        writes.put("import", () -> imports.importPrices(admin, new ImportService.ImportRequest(csv, null, null, null,
                true, false)));
        // A commodity the file names and nobody has: created with its group "Lainnya" (both master data).
        Path withUnit = folder.resolveSibling(folder.getFileName() + "-kopi.csv");
        Files.writeString(withUnit, "date,market,commodity,price,unit\n2025-09-02,RAYA-MJS,Kopi Luwak,250000,kg\n");
        writes.put("import creating a commodity", () -> imports.importPrices(admin, new ImportService.ImportRequest(
                withUnit, null, null, null, true, false)));
        writes.put("master data inside another's transaction", () -> store.inTransaction(tx -> {
            master.addGroupIfMissing(tx, admin, "REMPAH", "Rempah", "impor");
            master.addMarket(tx, admin, new MasterDataService.MarketDraft(null, "TRAWAS", "Pasar Trawas", null,
                    null), "impor");
            return null;
        }));
        writes.put("set-up wizard", () -> {
            SetupService.Choices now = setup.proposal();
            List<SetupService.MarketChoice> markets = new ArrayList<>();
            for (SetupService.MarketChoice m : now.markets()) {
                // One market renamed, one no longer watched, the others as they are.
                markets.add(m.id() == s.data.m1 ? new SetupService.MarketChoice(m.id(), "Pasar Raya Mojosari Baru",
                        m.kecamatan(), true) : m.id() == s.data.m2 ? new SetupService.MarketChoice(m.id(), m.name(),
                        m.kecamatan(), false) : m);
            }
            markets.add(new SetupService.MarketChoice(null, "Pasar Pacet Baru", "Pacet", true));
            setup.apply(admin, new SetupService.Choices("Kabupaten Mojokerto Raya", markets,
                    ReportingRules.parse("11:30", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY"), "Laptop Kantor"));
        });

        for (Map.Entry<String, Runnable> w : writes.entrySet()) {
            Map<String, List<String>> before = tables();
            long changesBefore = store.read(tx -> tx.changeLog().count());
            long auditBefore = store.read(tx -> tx.audit().count());
            w.getValue().run();
            Map<String, List<String>> after = tables();
            List<ChangeLogDao.Row> added = newChanges(changesBefore);
            assertThat(added).as("%s appends its changes", w.getKey()).isNotEmpty();
            Set<String> allowed = new HashSet<>(LOCAL.keySet());
            allowed.addAll(BOOKKEEPING);
            for (ChangeLogDao.Row r : added) {
                allowed.addAll(Codecs.of(Entity.ofCode(r.entity())).tables());
            }
            Set<String> touched = new TreeSet<>(); 
            for (String table : union(before.keySet(), after.keySet())) {
                if (!before.getOrDefault(table, List.of()).equals(after.getOrDefault(table, List.of()))) {
                    touched.add(table);
                }
            }
            assertThat(touched).as("%s writes only the tables of the changes it appended (%s)", w.getKey(),
                    added.stream().map(r -> Entity.ofCode(r.entity())).distinct().toList()).isSubsetOf(allowed);
            List<AuditDao.AuditRow> audit = store.read(tx -> tx.audit().all()).subList((int) auditBefore,
                    (int) (long) store.read(tx -> tx.audit().count()));
            long withOrigin = audit.stream().filter(a -> a.entry().origin() != null).count();
            assertThat(audit.stream().filter(a -> a.entry().origin() == null)
                    .map(a -> a.entry().tableName()).toList()).as("%s: audit rows without a change", w.getKey())
                    .allMatch(LOCAL::containsKey);
            if (!w.getKey().startsWith("import")) {
                assertThat(withOrigin).as("%s: one audit row per change", w.getKey()).isEqualTo(added.size());
            }
        }
    }

    private List<ChangeLogDao.Row> newChanges(long before) {
        return store.read(tx -> {
            int self = tx.devices().self().orElseThrow().id();
            return tx.changeLog().page(self, before, 1_000_000);
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Every table's rows as H2's SCRIPT writes them. */
    private Map<String, List<String>> tables() {
        Map<String, List<String>> out = new HashMap<>();
        // Each statement of the script is one result row, its lines joined by line breaks.
        try (Stream<String> lines = store.read(tx -> tx.integrity().script().toList()).stream()
                .flatMap(String::lines)) {
            String table = null;
            for (String line : lines.toList()) {
                if (line.startsWith("INSERT INTO \"PUBLIC\".\"")) {
                    int start = "INSERT INTO \"PUBLIC\".\"".length();
                    table = line.substring(start, line.indexOf('"', start)).toLowerCase(Locale.ROOT);
                    out.computeIfAbsent(table, t -> new ArrayList<>());
                } else if (table != null && line.startsWith("(")) {
                    out.get(table).add(line);
                } else {
                    table = null;
                }
            }
        }
        return out;
    }
}
