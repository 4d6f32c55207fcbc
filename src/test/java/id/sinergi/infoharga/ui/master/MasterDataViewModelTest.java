package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.CommodityGroup;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MasterDataViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T03:00:00Z"), ZoneOffset.UTC);
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private ReferenceDataService reference;
    private MasterDataService service;
    private int changes;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        reference = new ReferenceDataService(store);
        IndicatorService indicators = new IndicatorService(store, reference, ID);
        service = new MasterDataService(store, CLOCK, ID, new Authorizer(ID),
                new AlertService(store, reference, indicators, CLOCK, ID), reference);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MasterDataViewModel model(Actor actor) {
        MasterDataViewModel vm = new MasterDataViewModel(service, ID, new Formats(ID.locale(), ZoneId.of("UTC")),
                new CurrentThreadTaskRunner(), () -> actor, () -> changes++);
        vm.load();
        return vm;
    }

    private long auditCount() {
        return store.read(tx -> tx.audit().count());
    }

    private Catalog catalog() {
        return reference.catalog();
    }

    @Test
    void anAdministratorAddsAMarketAndTheShellIsTold() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        MarketsModel markets = vm.markets();
        assertThat(vm.canEditProperty().get()).isTrue();
        assertThat(markets.items()).hasSize(20);
        // The first market is in the form.
        assertThat(markets.nameProperty().get()).isEqualTo("Pasar Raya Mojosari");

        markets.startNew();
        assertThat(markets.nameProperty().get()).isEmpty();
        markets.codeProperty().set("sooko");
        markets.nameProperty().set("Pasar Sooko");
        markets.kecamatanProperty().set("Sooko");
        markets.save();

        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Tersimpan: Pasar Sooko.");
        assertThat(changes).isEqualTo(1);
        assertThat(catalog().findMarket("SOOKO")).hasValueSatisfying(m -> assertThat(m.kecamatan()).isEqualTo("Sooko"));
        assertThat(markets.items()).hasSize(21);
        assertThat(markets.selectedProperty().get().code()).isEqualTo("SOOKO");
        assertThat(markets.creatingProperty().get()).isFalse();

        // Retire it: gone from the active markets, kept in the list as retired; then back.
        markets.toggleActive();
        assertThat(vm.messageProperty().get()).startsWith("Dipensiunkan: Pasar Sooko.");
        assertThat(catalog().activeMarkets()).extracting(Market::code).doesNotContain("SOOKO");
        assertThat(markets.selectedProperty().get().active()).isFalse();
        markets.toggleActive();
        assertThat(catalog().findMarket("SOOKO").orElseThrow().active()).isTrue();
        assertThat(changes).isEqualTo(3);
    }

    @Test
    void retiredItemsLeaveTheEntryAndStockPickers() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        vm.markets().select(catalog().findMarket("DINOYO").orElseThrow());
        vm.markets().toggleActive();
        vm.commodities().select(catalog().findCommodity("GULA-PASIR").orElseThrow());
        vm.commodities().toggleActive();
        vm.outlets().select(catalog().findOutlet("WLD-KEDUNGMALING").orElseThrow());
        vm.outlets().toggleActive();
        assertThat(vm.errorProperty().get()).isFalse();
        // The retired rows stay in the master-data tables.
        assertThat(vm.markets().items()).hasSize(20);
        assertThat(vm.outlets().items()).hasSize(2);

        Catalog fresh = catalog();
        var entry = new id.sinergi.infoharga.ui.entry.EntryViewModel(new id.sinergi.infoharga.app.EntryService(store,
                CLOCK), fresh, ID, new Formats(ID.locale(), ZoneId.of("UTC")), new CurrentThreadTaskRunner(),
                new id.sinergi.infoharga.ui.common.ScriptedDialogs(), () -> null, CLOCK, () -> { });
        assertThat(entry.markets()).hasSize(19).extracting(Market::code).doesNotContain("DINOYO");
        IndicatorService indicators = new IndicatorService(store, reference, ID);
        AlertService alerts = new AlertService(store, reference, indicators, CLOCK, ID);
        var stock = new id.sinergi.infoharga.ui.stock.StockEntryViewModel(new id.sinergi.infoharga.app.StockService(
                store, CLOCK, new Authorizer(ID), ID, new id.sinergi.infoharga.app.DashboardService(store, reference,
                indicators, alerts)), fresh, ID, new CurrentThreadTaskRunner(), () -> null,
                new id.sinergi.infoharga.ui.common.ScriptedDialogs(), day -> day.toString());
        assertThat(stock.outlets()).extracting(o -> o.code()).containsExactly("WLD-RAYA-MJS");
        assertThat(stock.rows()).extracting(r -> r.commodity().code()).doesNotContain("GULA-PASIR")
                .hasSize(fresh.commodities().size() - 1);
    }

    @Test
    void escapePutsBackWhatIsStored() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        MarketsModel markets = vm.markets();
        assertThat(vm.unsaved()).isFalse();
        markets.nameProperty().set("Salah ketik");
        assertThat(vm.unsaved()).isTrue();
        markets.cancel();
        assertThat(markets.nameProperty().get()).isEqualTo("Pasar Raya Mojosari");
        assertThat(vm.unsaved()).isFalse();
        assertThat(changes).isZero();

        // A new market counts as unsaved once something is typed, and no longer once it is saved.
        markets.startNew();
        assertThat(vm.unsaved()).isFalse();
        markets.codeProperty().set("SOOKO");
        markets.nameProperty().set("Pasar Sooko");
        assertThat(vm.unsaved()).isTrue();
        markets.save();
        assertThat(vm.unsaved()).isFalse();
    }

    @Test
    void leavingWithTypingAsksToSaveDiscardOrStay() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        List<String> outcome = new java.util.ArrayList<>();
        Runnable proceed = () -> outcome.add("left");
        Runnable refused = () -> outcome.add("stayed");

        // Nothing typed: no question.
        vm.whenSafeToLeave(dialogs, proceed, refused);
        assertThat(outcome).containsExactly("left");
        assertThat(dialogs.asked).isEmpty();

        // Batal: stays, the typing kept.
        vm.markets().nameProperty().set("Pasar Raya Mojosari Baru");
        dialogs.choices.add(2);
        vm.whenSafeToLeave(dialogs, proceed, refused);
        assertThat(outcome).containsExactly("left", "stayed");
        assertThat(dialogs.asked).singleElement().asString()
                .startsWith("Ada isian data master yang belum disimpan.");
        assertThat(vm.markets().nameProperty().get()).isEqualTo("Pasar Raya Mojosari Baru");

        // Simpan: saved, then left.
        dialogs.choices.add(0);
        vm.whenSafeToLeave(dialogs, proceed, refused);
        assertThat(outcome).containsExactly("left", "stayed", "left");
        assertThat(catalog().findMarket("RAYA-MJS").orElseThrow().name()).isEqualTo("Pasar Raya Mojosari Baru");

        // Simpan with a mistake: stays with the message; Buang isian: the stored value is back, and it leaves.
        vm.markets().nameProperty().set(" ");
        dialogs.choices.add(0);
        vm.whenSafeToLeave(dialogs, proceed, refused);
        assertThat(outcome).containsExactly("left", "stayed", "left", "stayed");
        assertThat(vm.messageProperty().get()).isEqualTo("Nama wajib diisi. Tidak ada yang diubah.");
        dialogs.choices.add(1);
        vm.whenSafeToLeave(dialogs, proceed, refused);
        assertThat(outcome).containsExactly("left", "stayed", "left", "stayed", "left");
        assertThat(vm.markets().nameProperty().get()).isEqualTo("Pasar Raya Mojosari Baru");
        assertThat(vm.unsaved()).isFalse();
    }

    @Test
    void aServiceRefusalIsShownAndNothingChanges() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        MarketsModel markets = vm.markets();
        markets.startNew();
        markets.codeProperty().set("DINOYO");
        markets.nameProperty().set("Pasar Lain");
        markets.save();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Kode DINOYO sudah dipakai. Pilih kode lain. Tidak ada yang diubah.");
        assertThat(changes).isZero();
        // What was typed stays for correcting.
        assertThat(markets.nameProperty().get()).isEqualTo("Pasar Lain");
        assertThat(markets.creatingProperty().get()).isTrue();
    }

    @Test
    void referencePricesAreTypedAsRupiahAndOverlapsAreRefused() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        ReferencePricesModel refs = vm.references();
        Commodity garlic = catalog().findCommodity("BAWANG-PUTIH").orElseThrow();
        ReferencePrice old = catalog().referenceOn(garlic.id(), LocalDate.of(2025, 9, 15)).orElseThrow();
        refs.select(old);
        assertThat(refs.lowProperty().get()).isEqualTo("38.000");
        assertThat(refs.highProperty().get()).isEqualTo("40.000");
        assertThat(refs.priceText(old)).isEqualTo("Rp38.000 \u2013 Rp40.000");
        assertThat(refs.validityText(old)).isEqualTo("1 Jan 2024 \u2013 seterusnya");

        // A new HAP from 1 Oct 2025 while the old one has no end: refused, naming it.
        refs.startNew();
        refs.commodityProperty().set(garlic);
        refs.kindProperty().set(ReferenceKind.HAP);
        refs.lowProperty().set("39.000");
        refs.highProperty().set("Rp42.500");
        refs.regulationProperty().set("Perbadan 1/2025");
        refs.fromProperty().set(LocalDate.of(2025, 10, 1));
        refs.save();
        assertThat(vm.messageProperty().get()).contains("Perbadan 17/2023, berlaku 1 Jan 2024 s.d. seterusnya");
        assertThat(changes).isZero();

        // A typing mistake is named before anything is sent.
        refs.highProperty().set("42,5");
        refs.save();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Harga (batas atas): \"42,5\" bukan jumlah Rupiah. Tulis misalnya 12500 atau 12.500. Tidak ada yang diubah.");

        // End the old one on 30 Sep, then the new one fits; 42500 typed plainly.
        refs.select(old);
        refs.toProperty().set(LocalDate.of(2025, 9, 30));
        refs.save();
        assertThat(vm.errorProperty().get()).isFalse();
        refs.startNew();
        refs.commodityProperty().set(garlic);
        refs.kindProperty().set(ReferenceKind.HAP);
        refs.lowProperty().set("39000");
        refs.highProperty().set("42500");
        refs.regulationProperty().set("Perbadan 1/2025");
        refs.fromProperty().set(LocalDate.of(2025, 10, 1));
        refs.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Tersimpan: Perbadan 1/2025.");
        ReferencePrice added = catalog().referenceOn(garlic.id(), LocalDate.of(2025, 10, 1)).orElseThrow();
        assertThat(added.lowRp()).isEqualTo(39_000L);
        assertThat(added.highRp()).isEqualTo(42_500L);
        assertThat(changes).isEqualTo(2);
    }

    @Test
    void thresholdsAreCheckedInTheFormAndSavedWithTheCommodity() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        CommoditiesModel commodities = vm.commodities();
        Commodity shallot = catalog().findCommodity("BAWANG-MERAH").orElseThrow();
        commodities.select(shallot);
        // Volatile group defaults: rise 15 / 30 / 50 %.
        assertThat(commodities.thresholds()).extracting(p -> p.get())
                .containsExactly("0", "5", "15", "15", "30", "50", "7", "3", "1");
        assertThat(commodities.volatileText(shallot)).isEqualTo("ya");

        commodities.thresholds().get(4).set("10");
        commodities.save();
        assertThat(vm.messageProperty().get()).startsWith("Ambang harus berurutan");
        commodities.thresholds().get(4).set("abc");
        commodities.save();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Isi ambang Siaga kenaikan seminggu dengan angka nol atau lebih (misalnya 5 atau 2,5), bukan \"abc\"."
                        + " Tidak ada yang diubah.");
        assertThat(changes).isZero();

        commodities.thresholds().get(4).set("32,5");
        commodities.save();
        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(store.read(tx -> tx.thresholds().find(shallot.id())).orElseThrow().riseSiaga()).isEqualTo(32.5);
        assertThat(commodities.thresholds().get(4).get()).isEqualTo("32,5");
    }

    @Test
    void aNewCommodityTakesItsGroupsDefaults() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        CommoditiesModel commodities = vm.commodities();
        commodities.startNew();
        CommodityGroup chilli = commodities.groups().stream().filter(CommodityGroup::volatileGroup).findFirst()
                .orElseThrow();
        commodities.chooseGroup(chilli);
        assertThat(commodities.thresholds().get(3).get()).isEqualTo("15");
        commodities.codeProperty().set("CABAI-HIJAU");
        commodities.nameProperty().set("Cabai");
        commodities.variantProperty().set("Hijau");
        commodities.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Tersimpan: Cabai Hijau.");
        assertThat(catalog().findCommodity("Cabai Hijau")).hasValueSatisfying(c -> {
            assertThat(c.unit()).isEqualTo("kg");
            assertThat(c.groupId()).isEqualTo(chilli.id());
        });
    }

    @Test
    void groupWeightsShowTheirSumAndShare() {
        MasterDataViewModel vm = model(TestAccounts.admin(store));
        GroupsModel groups = vm.groups();
        // The seed weights add up to 8,33 (sum of groups.csv); beras 3,81 is 45,7 % of it.
        assertThat(groups.sumNoteProperty().get()).startsWith("Jumlah bobot: 8,33.");
        CommodityGroup beras = groups.items().get(0);
        assertThat(groups.share(beras)).isEqualTo("45,7%");
        groups.select(beras);
        assertThat(groups.weightProperty().get()).isEqualTo("3,81");

        groups.weightProperty().set("-1");
        groups.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Bobot \"-1\" bukan angka. Tulis misalnya 3,81. Tidak ada yang diubah.");
        groups.weightProperty().set("4,19");
        groups.save();
        assertThat(catalog().group(beras.id()).weight()).isEqualTo(4.19);
        assertThat(groups.sumNoteProperty().get()).startsWith("Jumlah bobot: 8,71.");
    }

    @Test
    void analystsAndOfficersOnlyLook() {
        int dinoyo = catalog().findMarket("DINOYO").orElseThrow().id();
        Actor analyst = TestAccounts.user(store, "analis", Role.ANALYST, List.of(), List.of());
        Actor officer = TestAccounts.officer(store, "petugas", List.of(dinoyo));
        long audit = auditCount();
        for (Actor who : List.of(analyst, officer)) {
            MasterDataViewModel vm = model(who);
            assertThat(vm.canEditProperty().get()).isFalse();
            assertThat(vm.markets().items()).hasSize(20);
            vm.markets().nameProperty().set("Pasar Ganti");
            vm.markets().save();
            assertThat(vm.messageProperty().get())
                    .isEqualTo("Hanya administrator yang dapat mengubah data master. Tidak ada yang diubah.");
            vm.markets().toggleActive();
            assertThat(vm.errorProperty().get()).isTrue();
        }
        assertThat(changes).isZero();
        assertThat(auditCount()).isEqualTo(audit);
        assertThat(catalog().markets()).extracting(Market::name).doesNotContain("Pasar Ganti");
    }
}
