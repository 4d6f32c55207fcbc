package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportService.ImportRequest;
import id.sinergi.infoharga.app.ImportService.ImportResult;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestImports;
import id.sinergi.infoharga.testing.PriceFiles;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    static final Actor ACTOR = new Actor("tester", "laptop-1");

    @TempDir
    Path dir;
    Database db;
    Store store;
    ImportService imports;
    long auditOfSetup;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        store = new Store(db);
        imports = TestImports.service(store, CLOCK, new Messages(Messages.INDONESIAN));
        TestAccounts.admin(store, ACTOR.username());
        auditOfSetup = store.read(tx -> tx.audit().count());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportResult run(Path file) {
        return imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, false, false));
    }

    private long priceCount() {
        return store.read(tx -> tx.prices().count());
    }

    /** Audit rows after the set-up's (the administrator's account). */
    private long auditCount() {
        return store.read(tx -> tx.audit().count()) - auditOfSetup;
    }

    private Catalog catalog() {
        return new ReferenceDataService(store).catalog();
    }

    private long price(String market, String commodity, LocalDate day) {
        Catalog c = catalog();
        return store.read(tx -> tx.prices().find(c.findMarket(market).orElseThrow().id(),
                c.findCommodity(commodity).orElseThrow().id(), day)).orElseThrow().priceRp();
    }

    @Test
    void readsUtf8WithBomSemicolonsIndonesianHeadersAndNamesInAnySpacing() {
        ImportResult r = run(PriceFiles.resource(dir, "bom_semicolon.csv"));

        // 7 data rows: 5 prices, one 0 and one empty (missing, counted, not stored); the blank line is ignored.
        assertThat(r.inserted()).isEqualTo(5);
        assertThat(r.missing()).isEqualTo(2);
        assertThat(r.unchanged()).isZero();
        assertThat(price("RAYA-MJS", "BERAS-PREMIUM", LocalDate.of(2025, 2, 3))).isEqualTo(14_900);
        // "12,600" with ';' as separator is one field: a comma thousands separator.
        assertThat(price("DINOYO", "BERAS-MEDIUM", LocalDate.of(2025, 2, 3))).isEqualTo(12_600);
        assertThat(priceCount()).isEqualTo(5);
        assertThat(PriceFiles.storedMonths(store)).isEqualTo(PriceFiles.recomputedMonths(store));
    }

    @Test
    void aBadPriceOnLine7StopsTheWholeImportWithTheLineNumber() {
        assertThatThrownBy(() -> run(PriceFiles.resource(dir, "bad_price_line7.csv")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly("baris 7: harga \"12,5\" tidak valid"))
                .hasMessageContaining("Impor dibatalkan: 1 masalah");
        assertThat(priceCount()).isZero();
        assertThat(auditCount()).isZero();
        assertThat(PriceFiles.storedMonths(store)).isEmpty();
    }

    @Test
    void anUnknownMarketIsAnErrorUnlessCreateMissing() {
        Path file = PriceFiles.resource(dir, "unknown_market.csv");
        assertThatThrownBy(() -> run(file)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly("baris 2: pasar \"Pasar Antah Berantah\" tidak dikenal"));
        assertThat(priceCount()).isZero();

        ImportResult r = imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, true, false));
        assertThat(r.createdMarkets()).containsExactly("PASAR-ANTAH-BERANTAH Pasar Antah Berantah");
        assertThat(r.inserted()).isEqualTo(2);
        assertThat(catalog().findMarket("pasar antah berantah")).isPresent();
        // Created through the master-data service: the Data Master screen's audit row, with the file as reason.
        List<AuditDao.AuditRow> created = store.read(tx -> tx.audit().forKey("market", "PASAR-ANTAH-BERANTAH"));
        assertThat(created).singleElement().satisfies(a -> {
            assertThat(a.entry().oldValue()).isNull();
            assertThat(a.entry().newValue()).isEqualTo(catalog().findMarket("PASAR-ANTAH-BERANTAH").orElseThrow()
                    .toString());
            assertThat(a.entry().reason()).isEqualTo("impor unknown_market.csv");
            // A market created by an import is master data like any other: a change that travels.
            assertThat(a.entry().origin()).isNotNull();
        });
    }

    @Test
    void readsWindows1252NamesRight() {
        Path file = PriceFiles.resource(dir, "cp1252_names.csv");
        assertThatThrownBy(() -> run(file)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).contains("baris 2: pasar \"Pasar Gedèg\" tidak dikenal"));

        imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, true, false));
        assertThat(catalog().findMarket("PASAR-GEDEG").orElseThrow().name()).isEqualTo("Pasar Gedèg");
        assertThat(price("Pasar Gedèg", "BERAS-MEDIUM", LocalDate.of(2025, 2, 4))).isEqualTo(12_800);
    }

    @Test
    void zerosAndEmptyPricesAreCountedAsMissingAndNotStored() {
        ImportResult r = run(PriceFiles.resource(dir, "zeros.csv"));
        assertThat(r.missing()).isEqualTo(2);
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(priceCount()).isEqualTo(1);
    }

    @Test
    void theSameContentTwiceChangesNothingAndSaysSo() throws Exception {
        Path file = PriceFiles.resource(dir, "bom_semicolon.csv");
        run(file);
        long audits = auditCount();
        Path copy = Files.copy(file, dir.resolve("renamed.csv"));

        ImportResult again = run(copy);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.earlierFileName()).isEqualTo("bom_semicolon.csv");
        assertThat(auditCount()).isEqualTo(audits);
        assertThat(priceCount()).isEqualTo(5);
    }

    @Test
    void aDryRunChecksAndCountsButStoresNothing() {
        ImportResult r = imports.importPrices(ACTOR, new ImportRequest(PriceFiles.resource(dir, "bom_semicolon.csv"),
                null, null, null, false, true));
        assertThat(r.dryRun()).isTrue();
        assertThat(r.inserted()).isEqualTo(5);
        assertThat(priceCount()).isZero();
        assertThat(auditCount()).isZero();
        // Not in the ledger either: the real import afterwards still runs.
        assertThat(run(PriceFiles.resource(dir, "bom_semicolon.csv")).inserted()).isEqualTo(5);
    }

    @Test
    void aChangedPriceUpdatesTheRowWithARevisionAndAnAuditRowAndKeepsTheMonthlySums() throws Exception {
        run(PriceFiles.resource(dir, "bom_semicolon.csv"));
        Path changed = dir.resolve("changed.csv");
        Files.writeString(changed, "date,market,commodity,price\n"
                + "2025-02-03,RAYA-MJS,BERAS-MEDIUM,12700\n"      // was 12.500
                + "2025-02-03,RAYA-MJS,BERAS-PREMIUM,14900\n"     // same
                + "2025-02-05,RAYA-MJS,BERAS-MEDIUM,12600\n");    // new

        ImportResult r = run(changed);

        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(r.inserted()).isEqualTo(1);
        Catalog c = catalog();
        int m = c.findMarket("RAYA-MJS").orElseThrow().id();
        int k = c.findCommodity("BERAS-MEDIUM").orElseThrow().id();
        var row = store.read(tx -> tx.prices().find(m, k, LocalDate.of(2025, 2, 3))).orElseThrow();
        assertThat(row.priceRp()).isEqualTo(12_700);
        assertThat(row.revision()).isEqualTo(2);
        assertThat(row.officer()).isEqualTo("tester");
        List<AuditDao.AuditRow> audit = store.read(tx -> tx.audit().forKey(EntryService.TABLE,
                EntryService.rowKey(m, k, LocalDate.of(2025, 2, 3))));
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.entry().oldValue()).isEqualTo("12500");
            assertThat(a.entry().newValue()).isEqualTo("12700");
        });
        // One audit row for each import itself, with its counts.
        List<AuditDao.AuditRow> all = store.read(tx -> tx.audit().all());
        assertThat(all).filteredOn(a -> a.entry().tableName().equals("import_ledger"))
                .hasSize(2).last().satisfies(a -> assertThat(a.entry().newValue())
                        .contains("changed.csv", "inserted=1", "updated=1", "unchanged=1"));
        // Raya, Beras Medium, February: 12.700 + 12.500 + 12.600 = 37.800 over 3 days.
        var february = store.read(tx -> tx.prices().months(k)).stream()
                .filter(s -> s.marketId() == m && s.month().getMonthValue() == 2).findFirst().orElseThrow();
        assertThat(february.sumRp()).isEqualTo(37_800);
        assertThat(february.dayCount()).isEqualTo(3);
        assertThat(PriceFiles.storedMonths(store)).isEqualTo(PriceFiles.recomputedMonths(store));
    }

    @Test
    void marketOptionColumnNamesAndDateFormatForAFileWithoutAMarketColumn() {
        Path file = PriceFiles.resource(dir, "no_market_column.csv");
        assertThatThrownBy(() -> run(file)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("Kolom date / tanggal tidak ditemukan");

        ImportResult r = imports.importPrices(ACTOR, new ImportRequest(file, "pasar dinoyo",
                Map.of("date", "Hari", "commodity", "Barang", "price", "Rp"), "dd/MM/yyyy", false, false));

        assertThat(r.inserted()).isEqualTo(2);
        assertThat(price("DINOYO", "BERAS-MEDIUM", LocalDate.of(2025, 1, 7))).isEqualTo(13_100);
    }

    @Test
    void readsAnXlsxWithDateCellsNumericAndTextPrices() {
        ImportResult r = run(PriceFiles.xlsx(dir.resolve("harga.xlsx")));
        assertThat(r.inserted()).isEqualTo(2);
        assertThat(r.missing()).isEqualTo(1);
        assertThat(price("PACET", "BERAS-MEDIUM", LocalDate.of(2025, 3, 3))).isEqualTo(13_100);
        assertThat(price("PACET", "BAWANG-MERAH", LocalDate.of(2025, 3, 3))).isEqualTo(38_500);
    }

    @Test
    void garbageAndZipBombsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> run(PriceFiles.garbage(dir.resolve("rusak.xlsx"))))
                .isInstanceOf(UserInputException.class).hasMessageContaining("bukan berkas Excel");
        assertThatThrownBy(() -> run(PriceFiles.garbage(dir.resolve("rusak.csv"))))
                .isInstanceOf(UserInputException.class).hasMessageContaining("rusak.csv");
        assertThatThrownBy(() -> run(PriceFiles.zipBomb(dir)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("bom zip");
        assertThat(priceCount()).isZero();
    }

    @Test
    void listsEveryProblemOfAFileWithItsLine() throws Exception {
        Path file = dir.resolve("many.csv");
        Files.writeString(file, "date,market,commodity,price\n"
                + "2025-13-01,DINOYO,BERAS-MEDIUM,13000\n"
                + "2025-01-02,DINOYO,Beras Ajaib,13000\n"
                + "2025-01-02,DINOYO,BERAS-MEDIUM,-5\n"
                + "2025-01-02,DINOYO,BERAS-MEDIUM,13000\n"
                + "2025-01-02,Pasar Dinoyo,beras medium,13100\n"
                + "2030-01-02,DINOYO,BERAS-MEDIUM,13000\n");
        assertThatThrownBy(() -> run(file)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).containsExactly(
                        "baris 2: tanggal \"2025-13-01\" tidak valid",
                        "baris 3: komoditas \"Beras Ajaib\" tidak dikenal",
                        "baris 4: harga \"-5\" tidak valid",
                        "baris 7: tanggal 2030-01-02 di luar rentang 2000-01-01 s.d. 2025-06-30"));
        // The duplicate (lines 5 and 6) is found once the rows themselves are sound.
        Files.writeString(file, "date,market,commodity,price\n"
                + "2025-01-02,DINOYO,BERAS-MEDIUM,13000\n"
                + "2025-01-02,Pasar Dinoyo,beras medium,13100\n");
        assertThatThrownBy(() -> run(file)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).containsExactly("baris 3: DINOYO BERAS-MEDIUM 2025-01-02 sudah ada di baris 2"));
        assertThat(priceCount()).isZero();
    }

    @Test
    void aLargeImportKeepsThePriceMonthTableEqualToARecomputation() throws Exception {
        // 3 markets × 4 commodities × 90 days, then a second file that changes every 7th row and adds a month.
        StringBuilder first = new StringBuilder("date,market,commodity,price\n");
        StringBuilder second = new StringBuilder("date,market,commodity,price\n");
        String[] markets = {"DINOYO", "PACET", "KEMLAGI"};
        String[] goods = {"BERAS-MEDIUM", "GULA-PASIR", "CABAI-RAWIT-MERAH", "TELUR-AYAM-RAS"};
        int n = 0;
        for (int d = 0; d < 120; d++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(d);
            for (String m : markets) {
                for (String g : goods) {
                    long p = 10_000 + 100L * ((d * 7 + m.length() * 3 + g.length()) % 50);
                    if (d < 90) {
                        first.append(day).append(',').append(m).append(',').append(g).append(',').append(p).append('\n');
                    }
                    if (d >= 60) {
                        second.append(day).append(',').append(m).append(',').append(g).append(',')
                                .append(n++ % 7 == 0 ? p + 500 : p).append('\n');
                    }
                }
            }
        }
        Path a = Files.writeString(dir.resolve("a.csv"), first);
        Path b = Files.writeString(dir.resolve("b.csv"), second);
        assertThat(run(a).inserted()).isEqualTo(3 * 4 * 90);
        ImportResult r = run(b);
        assertThat(r.inserted()).isEqualTo(3 * 4 * 30);
        assertThat(r.updated() + r.unchanged()).isEqualTo(3 * 4 * 30);
        assertThat(r.updated()).isBetween(40, 80);

        assertThat(PriceFiles.storedMonths(store)).isEqualTo(PriceFiles.recomputedMonths(store));
        List<PricePoint> prices = PriceFiles.allPrices(store);
        assertThat(prices).hasSize(3 * 4 * 120);
    }
}
