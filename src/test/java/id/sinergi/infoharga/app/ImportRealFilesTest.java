package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportService.ImportRequest;
import id.sinergi.infoharga.app.ImportService.ImportResult;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.PriceFiles;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.testing.TestImports;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11: the defects and rough edges found with real published files, each with a file from
 * {@code src/test/resources/import}.
 */
class ImportRealFilesTest {
    static final Actor ACTOR = ImportServiceTest.ACTOR;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    static final LocalDate SEP_2 = LocalDate.of(2025, 9, 2);
    static final LocalDate SEP_3 = LocalDate.of(2025, 9, 3);

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

    private ImportResult run(String resource, String market, boolean createMissing, boolean dryRun,
                             boolean acceptUnusual) {
        return imports.importPrices(ACTOR, new ImportRequest(PriceFiles.resource(dir, resource), market, null, null,
                createMissing, dryRun, acceptUnusual));
    }

    private ImportResult run(String resource) {
        return run(resource, null, false, false, false);
    }

    private List<String> problems(String resource, String market, boolean createMissing, boolean dryRun,
                                  boolean acceptUnusual) {
        try {
            run(resource, market, createMissing, dryRun, acceptUnusual);
        } catch (ImportRejectedException e) {
            return e.problems();
        }
        throw new AssertionError(resource + " was not refused");
    }

    private Catalog catalog() {
        return new ReferenceDataService(store).catalog();
    }

    private Optional<PriceObservation> price(String market, String commodity, LocalDate day) {
        Catalog c = catalog();
        return store.read(tx -> tx.prices().find(c.findMarket(market).orElseThrow().id(),
                c.findCommodity(commodity).orElseThrow().id(), day));
    }

    private long priceCount() {
        return store.read(tx -> tx.prices().count());
    }

    private long auditCount() {
        return store.read(tx -> tx.audit().count()) - auditOfSetup;
    }

    private List<AuditEntry> importAudit() {
        return store.read(tx -> tx.audit().all()).stream().map(AuditDao.AuditRow::entry)
                .filter(e -> e.tableName().equals("import_ledger")).toList();
    }

    // ---- defect 1: a new market together with new commodities ----

    @Test
    void aNewMarketTogetherWithNewCommoditiesByColumnIsCreatedThroughMasterData() {
        assertThat(problems("new_market_new_commodities.csv", null, false, false, false)).containsExactly(
                "baris 2: pasar \"Pasar Trawas\" tidak dikenal",
                "baris 3: pasar \"Pasar Trawas\" tidak dikenal",
                "baris 3: komoditas \"Daging Kambing\" tidak dikenal",
                "baris 4: pasar \"Pasar Trawas\" tidak dikenal",
                "baris 4: komoditas \"Kangkung\" tidak dikenal",
                "baris 5: pasar \"Pasar Trawas\" tidak dikenal",
                "baris 6: pasar \"Pasar Trawas\" tidak dikenal",
                "baris 6: komoditas \"Daging Kambing\" tidak dikenal",
                "baris 7: pasar \"Pasar Trawas\" tidak dikenal",
                "baris 7: komoditas \"Kangkung\" tidak dikenal");

        ImportResult r = run("new_market_new_commodities.csv", null, true, false, false);

        assertThat(r.createdMarkets()).containsExactly("PASAR-TRAWAS Pasar Trawas");
        assertThat(r.createdCommodities()).containsExactly("DAGING-KAMBING Daging Kambing (kg)",
                "KANGKUNG Kangkung (ikat)");
        assertThat(r.inserted()).isEqualTo(6);
        assertThat(price("Pasar Trawas", "Daging Kambing", LocalDate.of(2025, 6, 3)).orElseThrow().priceRp())
                .isEqualTo(142_000);
        assertThat(price("PASAR-TRAWAS", "BERAS-MEDIUM", LocalDate.of(2025, 6, 2)).orElseThrow().priceRp())
                .isEqualTo(13_200);
        Commodity kangkung = catalog().findCommodity("KANGKUNG").orElseThrow();
        assertThat(kangkung.unit()).isEqualTo("ikat");
        assertThat(catalog().groupOf(kangkung).code()).isEqualTo("LAINNYA");
        // The Data Master screen's audit rows: old value empty, the new record as the screen writes it, the file.
        Market trawas = catalog().findMarket("PASAR-TRAWAS").orElseThrow();
        List<AuditDao.AuditRow> created = store.read(tx -> tx.audit().forKey(MasterDataService.MARKET_TABLE,
                "PASAR-TRAWAS"));
        assertThat(created).singleElement().satisfies(a -> {
            assertThat(a.entry().newValue()).isEqualTo(trawas.toString());
            assertThat(a.entry().reason()).isEqualTo("impor new_market_new_commodities.csv");
        });
        List<AuditDao.AuditRow> kangkungAudit = store.read(tx -> tx.audit().forKey(MasterDataService.COMMODITY_TABLE,
                "KANGKUNG"));
        assertThat(kangkungAudit).singleElement().satisfies(a -> assertThat(a.entry().newValue()).isEqualTo(kangkung.toString()));
        assertThat(PriceFiles.storedMonths(store)).isEqualTo(PriceFiles.recomputedMonths(store));
    }

    @Test
    void aNewMarketByMarketOptionTogetherWithNewCommoditiesAndTheSameFileForAnotherMarket() {
        ImportResult dry = run("new_commodities_without_market_column.csv", "Kota Contoh", true, true, false);
        assertThat(dry.createdMarkets()).containsExactly("KOTA-CONTOH Kota Contoh");
        assertThat(dry.createdCommodities()).containsExactly("DAGING-KAMBING Daging Kambing (kg)");
        assertThat(dry.inserted()).isEqualTo(4);
        assertThat(priceCount()).isZero();
        assertThat(catalog().findMarket("Kota Contoh")).isEmpty();

        ImportResult r = run("new_commodities_without_market_column.csv", "Kota Contoh", true, false, false);
        assertThat(r.inserted()).isEqualTo(4);
        assertThat(price("KOTA-CONTOH", "Daging Kambing", LocalDate.of(2025, 6, 3)).orElseThrow().priceRp())
                .isEqualTo(141_000);
        assertThat(price("Kota Contoh", "TELUR-AYAM-RAS", LocalDate.of(2025, 6, 2)).orElseThrow().priceRp())
                .isEqualTo(28_500);

        // The same file with the same market (by code now) is the same import...
        assertThat(run("new_commodities_without_market_column.csv", "KOTA-CONTOH", false, false, false)
                .alreadyImported()).isTrue();
        // ...but for another market it is another import, not "imported before".
        ImportResult other = run("new_commodities_without_market_column.csv", "Kota Lain", true, false, false);
        assertThat(other.alreadyImported()).isFalse();
        assertThat(other.createdMarkets()).containsExactly("KOTA-LAIN Kota Lain");
        assertThat(other.createdCommodities()).isEmpty();
        assertThat(other.inserted()).isEqualTo(4);
        assertThat(price("Kota Lain", "Daging Kambing", LocalDate.of(2025, 6, 2)).orElseThrow().priceRp())
                .isEqualTo(140_000);
        assertThat(importAudit()).hasSize(2).last().satisfies(a -> assertThat(a.newValue())
                .contains("options=--market KOTA-LAIN", "inserted=4"));
    }

    // ---- defect 2: a row with more or fewer fields than the header ----

    @Test
    void aRowWithMoreOrFewerFieldsThanTheHeaderRefusesTheFile() {
        assertThat(problems("ragged_rows.csv", null, false, false, false)).containsExactly(
                "baris 3: berisi 5 kolom, padahal baris judul 4: ada koma atau titik koma tanpa tanda"
                        + " kutip di dalam isi sel?",
                "baris 4: hanya berisi 3 kolom, padahal baris judul 4: ada isi yang hilang");
        assertThat(priceCount()).isZero();
        assertThat(auditCount()).isZero();
    }

    @Test
    void aQuotedCellOverTwoLinesKeepsTheLineNumbersOfWhatFollows() {
        assertThat(problems("multiline_cell.csv", null, false, false, false))
                .containsExactly("baris 4: harga \"abc\" tidak valid");
    }

    // ---- defect 3: unusual prices, each kind, with and without --accept-unusual ----

    private void history() {
        assertThat(run("unusual_history.csv").inserted()).isEqualTo(6);
    }

    @Test
    void rp12ForEggsIsRefusedAgainstTheLastPriceEvenWithAcceptUnusual() {
        history();
        String expected = "baris 3: Telur Ayam Ras Rp12 jauh di bawah harga terakhir Rp28.500 (2 Sep 2025); di luar"
                + " batas Rp100\u2013Rp5.000.000 untuk harga mana pun, jadi tidak dapat disimpan (juga tidak dengan"
                + " --accept-unusual)";
        assertThat(problems("unusual_rp12_eggs.csv", null, false, false, false)).containsExactly(expected);
        assertThat(problems("unusual_rp12_eggs.csv", null, false, false, true)).containsExactly(expected);
        assertThat(problems("unusual_rp12_eggs.csv", null, false, true, false)).containsExactly(expected);
        assertThat(price("KEMLAGI", "BAWANG-MERAH", SEP_3)).isEmpty();
    }

    @Test
    void aDigitSlipAgainstTheLastPrice() {
        history();
        String line = "baris 2: Cabai Rawit Merah Rp4.500.000 berselisih sekitar 10 atau 100 kali dari harga terakhir"
                + " Rp45.000 (2 Sep 2025): salah jumlah angka nol? Mungkin maksudnya Rp45.000";
        assertThatThrownBy(() -> run("unusual_digit_slip.csv"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        // The next day's Rp46.000 is held against Rp45.000, not against the slip.
                        .containsExactly(line))
                .hasMessageContaining("1 harga tidak biasa").hasMessageContaining("--accept-unusual");
        assertThat(price("KEMLAGI", "CABAI-RAWIT-MERAH", SEP_3)).isEmpty();

        ImportResult dry = run("unusual_digit_slip.csv", null, false, true, false);
        assertThat(dry.unusualCount()).isEqualTo(1);
        assertThat(dry.unusual()).containsExactly("baris 2: Pasar Kemlagi, 3 Sep 2025: Cabai Rawit Merah Rp4.500.000"
                + " berselisih sekitar 10 atau 100 kali dari harga terakhir Rp45.000 (2 Sep 2025): salah jumlah angka"
                + " nol? Mungkin maksudnya Rp45.000");
        assertThat(price("KEMLAGI", "CABAI-RAWIT-MERAH", SEP_3)).isEmpty();

        long audits = auditCount();
        ImportResult accepted = run("unusual_digit_slip.csv", null, false, false, true);
        assertThat(accepted.inserted()).isEqualTo(2);
        assertThat(accepted.unusual()).isEqualTo(dry.unusual());
        assertThat(price("KEMLAGI", "CABAI-RAWIT-MERAH", SEP_3).orElseThrow().priceRp()).isEqualTo(4_500_000);
        // One audit row for the unusual price itself, one for the import, which lists it.
        assertThat(auditCount() - audits).isEqualTo(2);
        Catalog c = catalog();
        String key = EntryService.rowKey(c.findMarket("KEMLAGI").orElseThrow().id(),
                c.findCommodity("CABAI-RAWIT-MERAH").orElseThrow().id(), SEP_3);
        List<AuditDao.AuditRow> own = store.read(tx -> tx.audit().forKey(EntryService.TABLE, key));
        assertThat(own).singleElement().satisfies(a -> {
            assertThat(a.entry().oldValue()).isNull();
            assertThat(a.entry().newValue()).isEqualTo("4500000");
            assertThat(a.entry().reason())
                    .isEqualTo("impor unusual_digit_slip.csv: harga tidak biasa diterima (--accept-unusual)");
        });
        assertThat(importAudit()).last().satisfies(a -> assertThat(a.newValue())
                .contains("unusual accepted=1", "2 KEMLAGI CABAI-RAWIT-MERAH 2025-09-03 4500000"));
    }

    @Test
    void manyAcceptedUnusualPricesAreAllAuditedAndTheImportsAuditRowStaysWithinItsColumn() throws Exception {
        StringBuilder csv = new StringBuilder("date,market,commodity,price\n2025-01-01,KEMLAGI,TELUR-AYAM-RAS,28500\n");
        for (int d = 1; d <= 300; d++) {
            csv.append(LocalDate.of(2025, 1, 1).plusDays(d)).append(",KEMLAGI,TELUR-AYAM-RAS,150000\n");
        }
        Path file = Files.writeString(dir.resolve("telur-mahal.csv"), csv);
        // Each 150.000 is held against the last usual price, 28.500: an unusual price never becomes the anchor.
        ImportResult r = imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, false, false, true));
        assertThat(r.unusualCount()).isEqualTo(300);
        assertThat(r.inserted()).isEqualTo(301);
        assertThat(store.read(tx -> tx.audit().all()).stream().map(AuditDao.AuditRow::entry)
                .filter(e -> e.tableName().equals(EntryService.TABLE))).hasSize(300);
        assertThat(importAudit()).singleElement().satisfies(a -> assertThat(a.newValue())
                .hasSizeLessThanOrEqualTo(ImportApplier.AUDIT_VALUE_LIMIT)
                .contains("unusual accepted=300", "3 KEMLAGI TELUR-AYAM-RAS 2025-01-02 150000")
                .matches(".*\u2026 \\+\\d+$"));
    }

    @Test
    void farFromTheLastPrice() {
        history();
        assertThat(problems("unusual_far_from_last.csv", null, false, false, false)).containsExactly(
                "baris 2: Bawang Merah Rp175.000 jauh di atas harga terakhir Rp40.000 (2 Sep 2025)");
        ImportResult r = run("unusual_far_from_last.csv", null, false, false, true);
        assertThat(r.unusual()).containsExactly("baris 2: Pasar Kemlagi, 3 Sep 2025: Bawang Merah Rp175.000 jauh di"
                + " atas harga terakhir Rp40.000 (2 Sep 2025)");
        assertThat(price("KEMLAGI", "BAWANG-MERAH", SEP_3).orElseThrow().priceRp()).isEqualTo(175_000);
    }

    @Test
    void aDigitSlipAndAFarPriceAgainstTheOtherMarketsOfTheDayInTheStoreAndInTheFile() {
        history();
        // Pugeran 2.900 against Dinoyo 29.000, Pacet 28.800, Raya 29.200 (stored) and Perning 6.000 (the file):
        // median (28.800 + 29.000) / 2 = 28.900, a tenth within 5 %. Perning 6.000 against 2.900, 28.800, 29.000,
        // 29.200: the same median, and 6.000 is below a quarter of it (7.225).
        assertThat(problems("unusual_other_markets.csv", null, false, false, false)).containsExactly(
                "baris 2: Telur Ayam Ras Rp2.900 berselisih sekitar 10 atau 100 kali dari harga pasar lain hari itu"
                        + " (median Rp28.900 dari 4 pasar): salah jumlah angka nol? Mungkin maksudnya Rp29.000",
                "baris 3: Telur Ayam Ras Rp6.000 jauh di bawah harga pasar lain hari itu (median Rp28.900 dari 4"
                        + " pasar)");
        ImportResult r = run("unusual_other_markets.csv", null, false, false, true);
        assertThat(r.unusualCount()).isEqualTo(2);
        assertThat(price("PERNING", "TELUR-AYAM-RAS", SEP_3).orElseThrow().priceRp()).isEqualTo(6_000);
    }

    @Test
    void farFromTheReferencePriceWhenThereIsNothingElseToHoldItAgainst() {
        assertThat(problems("unusual_reference.csv", null, false, false, false)).containsExactly(
                "baris 2: Gula Pasir Konsumsi Rp3.000 jauh di bawah harga acuan HAP Rp17.500");
        assertThat(run("unusual_reference.csv", null, false, false, true).inserted()).isEqualTo(1);
    }

    // ---- rough edges ----

    @Test
    void publisherUnitsAreReadAsUnitsAndCreatedCommoditiesGetTheUnitNotTheText() {
        ImportResult r = run("publisher_units.csv", null, true, false, false);
        assertThat(r.inserted()).isEqualTo(9);
        assertThat(r.createdCommodities()).containsExactly("KACANG-METE Kacang Mete (kg)",
                "SANTAN-KEMASAN Santan Kemasan (liter)");
        assertThat(catalog().findCommodity("SANTAN-KEMASAN").orElseThrow().unit()).isEqualTo("liter");
        assertThat(r.normalisedNames()).containsExactly(
                "komoditas \"Tepung Terigu (Curah)\" \u2192 TERIGU-CURAH Tepung Terigu Curah (1 baris)");

        assertThat(problems("unit_per_ons.csv", null, false, false, false)).containsExactly(
                "baris 3: satuan \"Rp./ons\" (ons) tidak cocok dengan satuan kg untuk Bawang Putih Bonggol: harga per"
                        + " ons tidak disimpan sebagai harga per kg");
    }

    @Test
    void namesMatchedOnlyAfterNormalisingAreListedWithTheirRows() {
        ImportResult r = run("bom_semicolon.csv");
        assertThat(r.normalisedNames()).containsExactly(
                "pasar \"pasar  raya mojosari\" \u2192 RAYA-MJS Pasar Raya Mojosari (1 baris)",
                "komoditas \"BERAS PREMIUM\" \u2192 BERAS-PREMIUM Beras Premium (1 baris)");
    }

    @Test
    void aNewCommodityNeedsAUnitAndNamesAndUnitsLongerThanTheColumnsAreRefusedInADryRunToo() throws Exception {
        String longName = "Pasar " + "Sangat Panjang ".repeat(9);
        Path file = Files.writeString(dir.resolve("panjang.csv"), "date,market,commodity,unit,price\n"
                + "2025-06-02," + longName + ",Beras Medium,kg,13000\n"
                + "2025-06-02,Pasar Dinoyo,Sayur Asem,,5000\n"
                + "2025-06-02,Pasar Dinoyo,Sayur Lodeh,per bungkus besar sekali ya,5000\n");
        assertThatThrownBy(() -> imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, true, true)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        "baris 2: nama pasar baru \"" + longName.substring(0, ImportPlanner.ECHO_LIMIT)
                                + "\u2026\" terlalu panjang (140 huruf; paling"
                                + " banyak 120)",
                        "baris 3: komoditas baru \"Sayur Asem\" tanpa satuan: tambahkan kolom satuan (misalnya kg"
                                + " atau liter) agar jelas harganya per apa",
                        "baris 4: satuan \"per bungkus besar sekali ya\" terlalu panjang (23 huruf; paling banyak 20)"));
        assertThat(catalog().findCommodity("Sayur Asem")).isEmpty();
    }

    @Test
    void aHugeCellIsCutInTheMessage() throws Exception {
        String huge = "X".repeat(5 << 20);
        Path file = Files.writeString(dir.resolve("besar.csv"), "date,market,commodity,price\n"
                + "2025-06-02," + huge + ",Beras Medium,13000\n");
        List<String> problems = List.of();
        try {
            imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, false, false));
        } catch (ImportRejectedException e) {
            problems = e.problems();
        }
        assertThat(problems).containsExactly("baris 2: pasar \"" + "X".repeat(ImportPlanner.ECHO_LIMIT)
                + "\u2026 (5.242.880 huruf)\" tidak dikenal");
    }

    @Test
    void aFileCreatesAtMostAThousandMarkets() throws Exception {
        StringBuilder csv = new StringBuilder("date,market,commodity,price\n");
        for (int i = 1; i <= CatalogNames.MAX_NEW + 1; i++) {
            csv.append("2025-06-02,Pasar Nomor ").append(i).append(",Beras Medium,13000\n");
        }
        Path file = Files.writeString(dir.resolve("banyak.csv"), csv);
        assertThatThrownBy(() -> imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, true, true)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        "baris 1002: pasar baru \"Pasar Nomor 1001\" tidak dibuat: satu berkas paling banyak membuat"
                                + " 1.000 pasar baru (kolom pasar yang keliru?)"));
    }

    @Test
    void aHeaderThatNamesAColumnTwiceIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("dua.csv"), "Tanggal,Pasar,Komoditas,Harga,harga\n"
                + "2025-06-02,Pasar Dinoyo,Beras Medium,13000,14000\n");
        assertThatThrownBy(() -> imports.importPrices(ACTOR, new ImportRequest(file, null, null, null, false, false)))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Kolom price muncul lebih dari sekali di baris judul: \"Harga\", \"harga\" (kolom ke-4,"
                        + " 5). Hapus atau ganti nama salah satunya, atau pilih dengan --columns.");
    }

    @Test
    void theSameImportIncludesTheDateFormatAndColumnsThatChangeItsMeaning() throws Exception {
        Path file = PriceFiles.resource(dir, "no_market_column.csv");
        Map<String, String> columns = Map.of("date", "Hari", "commodity", "Barang", "price", "Rp");
        ImportResult first = imports.importPrices(ACTOR, new ImportRequest(file, "DINOYO", columns, "dd/MM/yyyy",
                false, false));
        assertThat(first.inserted()).isEqualTo(2);
        // Read as month/day the same text names other days: not the same import.
        ImportResult other = imports.importPrices(ACTOR, new ImportRequest(file, "DINOYO", columns, "MM/dd/yyyy",
                false, false));
        assertThat(other.alreadyImported()).isFalse();
        assertThat(other.inserted()).isEqualTo(2);
        assertThat(imports.importPrices(ACTOR, new ImportRequest(file, "Pasar Dinoyo", columns, "dd/MM/yyyy",
                false, false)).alreadyImported()).isTrue();
    }
}
