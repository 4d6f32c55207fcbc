package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.MasterDataService.CommodityDraft;
import id.sinergi.infoharga.app.MasterDataService.MarketDraft;
import id.sinergi.infoharga.app.MasterDataService.OutletDraft;
import id.sinergi.infoharga.app.MasterDataService.ReferenceDraft;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterDataServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T03:00:00Z"), ZoneOffset.UTC);
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private ReferenceDataService reference;
    private IndicatorService indicators;
    private MasterDataService master;
    private Actor admin;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        reference = new ReferenceDataService(store);
        indicators = new IndicatorService(store, reference, ID);
        AlertService alerts = new AlertService(store, reference, indicators, CLOCK, ID);
        master = new MasterDataService(store, CLOCK, ID, new Authorizer(ID), alerts, reference);
        admin = TestAccounts.admin(store);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long auditCount() {
        return store.read(tx -> tx.audit().count());
    }

    private List<AuditDao.AuditRow> audit(String table, String key) {
        return store.read(tx -> tx.audit().forKey(table, key));
    }

    private java.util.Optional<AlertThresholds> stored(int commodityId) {
        return store.read(tx -> tx.thresholds().find(commodityId));
    }

    private Catalog catalog() {
        return reference.catalog();
    }

    @Test
    void addsAndEditsAMarketWithAuditRowsOfOldAndNewValues() {
        Market added = master.saveMarket(admin, new MarketDraft(null, " pasar-baru ", "  Pasar  Baru ", "Sooko",
                "Pasar Desa"), "pasar baru dibuka");

        assertThat(added.code()).isEqualTo("PASAR-BARU");
        assertThat(added.name()).isEqualTo("Pasar Baru");
        assertThat(catalog().findMarket("PASAR-BARU")).contains(added);
        List<AuditDao.AuditRow> rows = audit(MasterDataService.MARKET_TABLE, "PASAR-BARU");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.entry().actor()).isEqualTo(admin.username());
            assertThat(r.entry().device()).isEqualTo("test");
            assertThat(r.entry().oldValue()).isNull();
            assertThat(r.entry().newValue()).contains("name=Pasar Baru", "kecamatan=Sooko");
            assertThat(r.entry().reason()).isEqualTo("pasar baru dibuka");
        });

        // The code stays what it was (files and sync use it) whatever the form sends.
        Market edited = master.saveMarket(admin, new MarketDraft(added.id(), "LAIN", "Pasar Baru Sooko", "Sooko",
                "Pasar Desa"), null);
        assertThat(edited.code()).isEqualTo("PASAR-BARU");
        assertThat(audit(MasterDataService.MARKET_TABLE, "PASAR-BARU")).hasSize(2).last().satisfies(r -> {
            assertThat(r.entry().oldValue()).contains("name=Pasar Baru,");
            assertThat(r.entry().newValue()).contains("name=Pasar Baru Sooko,");
        });

        // Saving the same again changes nothing and writes no audit row.
        long before = auditCount();
        master.saveMarket(admin, new MarketDraft(added.id(), null, "Pasar Baru Sooko", "Sooko", "Pasar Desa"), null);
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void badMarketInputIsRefusedWithAMessageAndChangesNothing() {
        long before = auditCount();
        int markets = catalog().markets().size();

        assertThatThrownBy(() -> master.saveMarket(admin, new MarketDraft(null, "X1", "  ", null, null), null))
                .isInstanceOf(UserInputException.class).hasMessage("Nama wajib diisi. Tidak ada yang diubah.");
        assertThatThrownBy(() -> master.saveMarket(admin, new MarketDraft(null, "dinoyo", "Pasar Lain", null, null),
                null)).isInstanceOf(UserInputException.class)
                .hasMessage("Kode DINOYO sudah dipakai. Pilih kode lain. Tidak ada yang diubah.");
        assertThatThrownBy(() -> master.saveMarket(admin, new MarketDraft(null, "PASAR BARU", "Pasar Lain", null,
                null), null)).hasMessageStartingWith("Kode \"PASAR BARU\" tidak sah");
        assertThatThrownBy(() -> master.saveMarket(admin, new MarketDraft(null, "DINOYO2", "pasar DINOYO", null,
                null), null)).hasMessage("Nama itu sudah dipakai oleh \"Pasar Dinoyo\". Tidak ada yang diubah.");

        assertThat(auditCount()).isEqualTo(before);
        assertThat(catalog().markets()).hasSize(markets);
    }

    @Test
    void analystAndOfficerMayNotChangeMasterData() {
        Market dinoyo = catalog().findMarket("DINOYO").orElseThrow();
        Actor analyst = TestAccounts.user(store, "analis", Role.ANALYST, List.of(), List.of());
        Actor officer = TestAccounts.officer(store, "petugas", List.of(dinoyo.id()));
        long before = auditCount();

        for (Actor who : List.of(analyst, officer)) {
            assertThat(master.canEdit(who)).isFalse();
            assertThatThrownBy(() -> master.saveMarket(who, new MarketDraft(null, "BARU", "Pasar Baru", null, null),
                    null)).isInstanceOf(AccessDeniedException.class).hasMessageContaining(who.username());
            assertThatThrownBy(() -> master.setMarketActive(who, dinoyo.id(), false, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> master.saveGroup(who, catalog().groups().get(0).id(), 9, false, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> master.saveReferencePrice(who, new ReferenceDraft(null,
                    catalog().commodities().get(0).id(), ReferenceKind.HAP, null, 9_000L, "x", DAY, null), null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(master.canEdit(admin)).isTrue();
        assertThat(auditCount()).isEqualTo(before);
        assertThat(catalog().findMarket("BARU")).isEmpty();
        assertThat(catalog().findMarket("DINOYO").orElseThrow().active()).isTrue();
    }

    @Test
    void aRetiredMarketAndCommodityKeepTheirHistoryButLeaveThePickers() {
        Catalog before = catalog();
        Market dinoyo = before.findMarket("DINOYO").orElseThrow();
        Commodity medium = before.findCommodity("BERAS-MEDIUM").orElseThrow();
        new EntryService(store, CLOCK).save(admin, new MarketDayEntry(dinoyo.id(), DAY,
                List.of(new MarketDayEntry.Line(medium.id(), 13_000, List.of(), null))));

        master.setMarketActive(admin, dinoyo.id(), false, "pasar dipindah");
        master.setCommodityActive(admin, medium.id(), false, "tidak dipantau lagi");

        Catalog after = catalog();
        assertThat(after.activeMarkets()).extracting(Market::code).doesNotContain("DINOYO");
        assertThat(after.activeCommodities()).extracting(Commodity::code).doesNotContain("BERAS-MEDIUM");
        // Still there, with the day's price in the figures.
        assertThat(after.market(dinoyo.id()).active()).isFalse();
        List<?> kept = store.read(tx -> tx.prices().marketDay(dinoyo.id(), DAY));
        assertThat(kept).hasSize(1);
        assertThat(indicators.day(DAY).commodity(medium.id()).orElseThrow().regency().price()).isEqualTo(13_000.0);
        assertThat(audit(MasterDataService.MARKET_TABLE, "DINOYO")).singleElement().satisfies(r -> {
            assertThat(r.entry().oldValue()).contains("active=true");
            assertThat(r.entry().newValue()).contains("active=false");
            assertThat(r.entry().reason()).isEqualTo("pasar dipindah");
        });

        master.setMarketActive(admin, dinoyo.id(), true, null);
        assertThat(catalog().activeMarkets()).extracting(Market::code).contains("DINOYO");
    }

    @Test
    void aCommodityWithItsThresholdsIsSavedInOneGoAndBothAreAudited() {
        int beras = catalog().groups().stream().filter(g -> g.code().equals("BERAS")).findFirst().orElseThrow().id();
        // Group defaults only: no threshold row, one audit row.
        Commodity added = master.saveCommodity(admin, new CommodityDraft(null, "BERAS-MERAH", "Beras", "Merah", "kg",
                beras), AlertThresholds.defaults(0, false), null);
        assertThat(catalog().findCommodity("Beras Merah")).contains(added);
        assertThat(added.sortOrder()).isGreaterThan(catalog().commodities().stream()
                .filter(c -> c.id() != added.id()).mapToInt(Commodity::sortOrder).max().orElseThrow());
        assertThat(stored(added.id())).isEmpty();
        assertThat(audit(MasterDataService.COMMODITY_TABLE, "BERAS-MERAH")).hasSize(1);

        // New rise thresholds: one row in alert_threshold with its audit row (old = the group default? none stored).
        AlertThresholds wider = new AlertThresholds(0, 0, 5, 15, 8, 16, 25, 7, 3, 1);
        master.saveCommodity(admin, new CommodityDraft(added.id(), null, "Beras", "Merah", "kg", beras), wider,
                "panen raya");
        assertThat(stored(added.id())).contains(
                new AlertThresholds(added.id(), 0, 5, 15, 8, 16, 25, 7, 3, 1));
        assertThat(audit(AlertService.THRESHOLD_TABLE, Integer.toString(added.id()))).singleElement()
                .satisfies(r -> {
                    assertThat(r.entry().oldValue()).isNull();
                    assertThat(r.entry().newValue()).contains("riseWaspada=8.0");
                    assertThat(r.entry().reason()).isEqualTo("panen raya");
                });
        // The commodity itself did not change: no second commodity audit row.
        assertThat(audit(MasterDataService.COMMODITY_TABLE, "BERAS-MERAH")).hasSize(1);
        assertThat(master.snapshot(admin).thresholds().get(added.id()).riseWaspada()).isEqualTo(8.0);

        assertThatThrownBy(() -> master.saveCommodity(admin, new CommodityDraft(null, "X", "Gula", null, " ", beras),
                null, null)).hasMessage("Satuan wajib diisi. Tidak ada yang diubah.");
        assertThatThrownBy(() -> master.saveCommodity(admin, new CommodityDraft(null, "X", "Gula", null, "kg", null),
                null, null)).hasMessage("Kelompok wajib diisi. Tidak ada yang diubah.");
    }

    @Test
    void overlappingReferencePricesOfOneCommodityAreRefusedNamingTheRegulation() {
        Commodity minyak = catalog().findCommodity("MINYAKITA").orElseThrow();
        long before = auditCount();

        // Permendag 18/2024 (HET Rp15.700) is in force from 14 Aug 2024 without an end: a new HAP from 2025 overlaps.
        assertThatThrownBy(() -> master.saveReferencePrice(admin, new ReferenceDraft(null, minyak.id(),
                ReferenceKind.HAP, null, 16_500L, "Permendag 99/2025", LocalDate.of(2025, 10, 1), null), null))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Masa berlaku bertumpuk dengan harga acuan Minyakita yang sudah ada: HET Permendag 18/2024,"
                        + " berlaku 14 Agu 2024 s.d. seterusnya. Akhiri dulu yang lama (isi tanggal akhirnya) atau"
                        + " ubah tanggal mulai. Tidak ada yang diubah.");
        assertThat(auditCount()).isEqualTo(before);

        // End the old one on 30 Sep 2025; then the new one from 1 Oct fits.
        ReferencePrice old = catalog().referenceOn(minyak.id(), DAY).orElseThrow();
        ReferencePrice ended = master.endReferencePrice(admin, old.id(), LocalDate.of(2025, 9, 30), "HET baru");
        assertThat(ended.validTo()).isEqualTo(LocalDate.of(2025, 9, 30));
        ReferencePrice added = master.saveReferencePrice(admin, new ReferenceDraft(null, minyak.id(),
                ReferenceKind.HET, null, 16_500L, "Permendag 99/2025", LocalDate.of(2025, 10, 1), null), null);
        assertThat(catalog().referenceOn(minyak.id(), LocalDate.of(2025, 10, 1))).contains(added);
        assertThat(catalog().referenceOn(minyak.id(), DAY).orElseThrow().highRp()).isEqualTo(15_700);
        assertThat(audit(MasterDataService.REFERENCE_TABLE, Integer.toString(old.id()))).singleElement()
                .satisfies(r -> {
                    assertThat(r.entry().oldValue()).contains("validTo=null");
                    assertThat(r.entry().newValue()).contains("validTo=2025-09-30");
                });
        assertThat(audit(MasterDataService.REFERENCE_TABLE, Integer.toString(added.id()))).hasSize(1);

        // Moving the old one's end past the new start overlaps again; the dates are named.
        assertThatThrownBy(() -> master.endReferencePrice(admin, old.id(), LocalDate.of(2025, 10, 1), null))
                .hasMessageContaining("Permendag 99/2025, berlaku 1 Okt 2025 s.d. seterusnya");
    }

    @Test
    void badReferencePricesAreRefused() {
        int c = catalog().findCommodity("BAWANG-MERAH").orElseThrow().id();
        LocalDate from = LocalDate.of(2030, 1, 1);
        long before = auditCount();
        assertThatThrownBy(() -> master.saveReferencePrice(admin, new ReferenceDraft(null, c, ReferenceKind.HAP,
                45_000L, 40_000L, "P", from, null), null))
                .hasMessage("Batas bawah Rp45.000 lebih tinggi dari batas atas Rp40.000. Tidak ada yang diubah.");
        assertThatThrownBy(() -> master.saveReferencePrice(admin, new ReferenceDraft(null, c, ReferenceKind.HAP,
                null, 0L, "P", from, null), null)).hasMessage("Harga acuan harus lebih dari Rp0. Tidak ada yang diubah.");
        assertThatThrownBy(() -> master.saveReferencePrice(admin, new ReferenceDraft(null, c, ReferenceKind.HAP,
                null, 40_000L, "P", from, from.minusDays(1)), null))
                .hasMessage("Tanggal akhir 31 Des 2029 sebelum tanggal mulai 1 Jan 2030. Tidak ada yang diubah.");
        assertThatThrownBy(() -> master.saveReferencePrice(admin, new ReferenceDraft(null, c, ReferenceKind.HAP,
                null, 40_000L, " ", from, null), null)).hasMessage("Peraturan wajib diisi. Tidak ada yang diubah.");
        assertThatThrownBy(() -> master.saveReferencePrice(admin, new ReferenceDraft(null, c, ReferenceKind.HET,
                30_000L, 40_000L, "P", from, null), null)).hasMessageStartingWith("HET adalah satu harga tertinggi");
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void groupWeightsMustNotBeNegativeNorAllZero() {
        List<CommodityGroup> groups = catalog().groups();
        CommodityGroup first = groups.get(0);
        CommodityGroup changed = master.saveGroup(admin, first.id(), 4.0, true, "bobot BPS 2025");
        assertThat(catalog().group(first.id())).isEqualTo(changed);
        assertThat(changed.volatileGroup()).isTrue();
        assertThat(audit(MasterDataService.GROUP_TABLE, first.code())).singleElement()
                .satisfies(r -> assertThat(r.entry().oldValue()).contains("weight=3.81"));

        assertThatThrownBy(() -> master.saveGroup(admin, first.id(), -1, false, null))
                .hasMessage("Bobot harus berupa angka nol atau lebih. Tidak ada yang diubah.");
        for (CommodityGroup g : groups.subList(1, groups.size())) {
            master.saveGroup(admin, g.id(), 0, g.volatileGroup(), null);
        }
        assertThatThrownBy(() -> master.saveGroup(admin, first.id(), 0, false, null))
                .hasMessage("Paling tidak satu kelompok harus berbobot lebih dari nol. Tidak ada yang diubah.");
        assertThat(catalog().group(first.id()).weight()).isEqualTo(4.0);
    }

    @Test
    void outletsAreAddedEditedAndRetired() {
        Market dinoyo = catalog().findMarket("DINOYO").orElseThrow();
        Outlet added = master.saveOutlet(admin, new OutletDraft(null, "WLD-DINOYO", "WULANDARI Pasar Dinoyo",
                dinoyo.id(), "Los 3"), null);
        assertThat(catalog().findOutlet("WLD-DINOYO")).contains(added);
        assertThat(added.marketId()).isEqualTo(dinoyo.id());

        master.setOutletActive(admin, added.id(), false, "tutup");
        assertThat(catalog().outlet(added.id()).active()).isFalse();
        assertThat(audit(MasterDataService.OUTLET_TABLE, "WLD-DINOYO")).hasSize(2);
        assertThatThrownBy(() -> master.saveOutlet(admin, new OutletDraft(null, "WLD-X", "", null, null), null))
                .hasMessage("Nama wajib diisi. Tidak ada yang diubah.");
    }
}
