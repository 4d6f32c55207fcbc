package id.sinergi.infoharga.ui.stock;

import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.DashboardService;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.app.StockService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StockEntryViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-15T03:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private StockService service;
    private StockEntryViewModel vm;
    private Outlet outlet;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        ReferenceDataService reference = new ReferenceDataService(store);
        IndicatorService indicators = new IndicatorService(store, reference, ID);
        AlertService alerts = new AlertService(store, reference, indicators, CLOCK, ID);
        service = new StockService(store, CLOCK, new Authorizer(ID), ID,
                new DashboardService(store, reference, indicators, alerts));
        Catalog catalog = reference.catalog();
        outlet = catalog.findOutlet("WLD-RAYA-MJS").orElseThrow();
        var officer = TestAccounts.user(store, "wulan", Role.OFFICER, List.of(), List.of(outlet.id()));
        vm = new StockEntryViewModel(service, catalog, ID, new CurrentThreadTaskRunner(), () -> officer, dialogs,
                day -> day.toString());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StockEntryRow row(String code) {
        return vm.rows().stream().filter(r -> r.commodity().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void typedReceiptSaleAndCountAreSavedAndTheResultingStockIsShown() {
        vm.show(outlet, DAY);
        StockEntryRow medium = row("BERAS-MEDIUM");
        medium.receiptProperty().set("100");
        medium.sourceProperty().set("Bulog");
        medium.saleQuantityProperty().set("30");
        medium.salePriceProperty().set("11.000");
        medium.countProperty().set("65");
        row("GULA-PASIR").receiptProperty().set("12,5");
        row("GULA-PASIR").sourceProperty().set("CV Manis");

        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Tersimpan: 4 mutasi.");
        List<StockMovement> stored = service.dayMovements(outlet.id(), DAY);
        // Beras Medium: receipt, sale, count; Gula Pasir: receipt.
        assertThat(stored).hasSize(4);
        assertThat(stored).anySatisfy(m -> assertThat(m.quantity()).isEqualByComparingTo(new BigDecimal("12.5")));
        // 100 − 30 = 70, then counted 65 → 65 kg; outflow 30/14 a day → 65 × 14 / 30 = 30,33 → "30,3" days.
        assertThat(medium.onHandProperty().get()).isEqualTo("65 kg");
        assertThat(medium.coverProperty().get()).isEqualTo("30,3");
        assertThat(medium.outletPriceProperty().get()).isEqualTo("Rp11.000");
        assertThat(row("GULA-PASIR").onHandProperty().get()).isEqualTo("12,5 kg");
        assertThat(row("GULA-PASIR").coverProperty().get()).isEqualTo("\u2013");
        assertThat(medium.receiptProperty().get()).isEmpty();
    }

    @Test
    void aWrongNumberIsNamedAndNothingIsSaved() {
        vm.show(outlet, DAY);
        row("BERAS-MEDIUM").receiptProperty().set("100");
        row("BERAS-MEDIUM").sourceProperty().set("Bulog");
        row("GULA-PASIR").countProperty().set("12x");

        vm.save();

        assertThat(vm.messageProperty().get())
                .isEqualTo("Gula Pasir Konsumsi: \"12x\" bukan angka. Tulis misalnya 12,5 atau 1.000."
                        + " Tidak ada yang disimpan.");
        assertThat(service.dayMovements(outlet.id(), DAY)).isEmpty();
        assertThat(row("BERAS-MEDIUM").receiptProperty().get()).isEqualTo("100");
    }

    @Test
    void aReceiptWithoutSourceShowsTheServiceMessage() {
        vm.show(outlet, DAY);
        row("BERAS-MEDIUM").receiptProperty().set("100");

        vm.save();

        assertThat(vm.messageProperty().get()).startsWith("Beras Medium: sebutkan asal penerimaan");
        assertThat(service.dayMovements(outlet.id(), DAY)).isEmpty();
    }

    @Test
    void leavingWithNothingTypedAsksNothing() {
        vm.show(outlet, DAY);
        boolean[] left = {false};
        vm.whenSafeToLeave(() -> left[0] = true, () -> { });
        vm.requestShow(outlet, DAY.minusDays(1), () -> { });
        assertThat(left[0]).isTrue();
        assertThat(vm.dayProperty().get()).isEqualTo(DAY.minusDays(1));
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void cancellingTheQuestionKeepsTheFormAndWhatWasTyped() {
        vm.show(outlet, DAY);
        row("BERAS-MEDIUM").countProperty().set("40");
        dialogs.choices.add(2);
        boolean[] refused = {false};
        vm.requestShow(outlet, DAY.minusDays(1), () -> refused[0] = true);
        assertThat(refused[0]).isTrue();
        assertThat(dialogs.asked).singleElement().asString()
                .startsWith("Mutasi stok " + outlet.name() + " untuk 2025-09-15 belum disimpan. Simpan sekarang?");
        assertThat(vm.dayProperty().get()).isEqualTo(DAY);
        assertThat(row("BERAS-MEDIUM").countProperty().get()).isEqualTo("40");
        assertThat(service.dayMovements(outlet.id(), DAY)).isEmpty();
    }

    @Test
    void choosingSaveStoresTheTypedMovementsBeforeLeaving() {
        vm.show(outlet, DAY);
        row("BERAS-MEDIUM").countProperty().set("40");
        dialogs.choices.add(0);
        boolean[] left = {false};
        vm.whenSafeToLeave(() -> left[0] = true, () -> { });
        assertThat(left[0]).isTrue();
        assertThat(service.dayMovements(outlet.id(), DAY)).singleElement()
                .satisfies(m -> assertThat(m.quantity()).isEqualByComparingTo("40"));
    }

    @Test
    void aSaveThatFailsDoesNotLeaveAndKeepsTheInput() {
        vm.show(outlet, DAY);
        row("BERAS-MEDIUM").receiptProperty().set("sepuluh");
        dialogs.choices.add(0);
        boolean[] left = {false};
        boolean[] refused = {false};
        vm.whenSafeToLeave(() -> left[0] = true, () -> refused[0] = true);
        assertThat(left[0]).isFalse();
        assertThat(refused[0]).isTrue();
        assertThat(vm.messageProperty().get()).contains("\"sepuluh\" bukan angka");
        assertThat(row("BERAS-MEDIUM").receiptProperty().get()).isEqualTo("sepuluh");
    }

    @Test
    void choosingDiscardDropsTheInputAndOpensTheOtherDay() {
        vm.show(outlet, DAY);
        row("BERAS-MEDIUM").countProperty().set("40");
        dialogs.choices.add(1);
        vm.requestShow(outlet, DAY.minusDays(1), () -> { });
        assertThat(vm.dayProperty().get()).isEqualTo(DAY.minusDays(1));
        assertThat(vm.hasUnsaved()).isFalse();
        assertThat(service.dayMovements(outlet.id(), DAY)).isEmpty();
    }

    @Test
    void theFormShowsTheCommoditiesTheOutletCarriesOrAllWhenAsked() {
        vm.show(outlet, DAY);
        // No movement yet at this outlet: every active commodity is offered.
        int all = vm.rows().size();
        assertThat(vm.shownRows()).hasSize(all);

        row("BERAS-MEDIUM").receiptProperty().set("100");
        row("BERAS-MEDIUM").sourceProperty().set("Bulog");
        row("GULA-PASIR").countProperty().set("20");
        vm.save();
        vm.show(outlet, DAY.plusDays(1));
        assertThat(vm.shownRows()).extracting(r -> r.commodity().code())
                .containsExactly("BERAS-MEDIUM", "GULA-PASIR");

        vm.allCommoditiesProperty().set(true);
        assertThat(vm.shownRows()).hasSize(all);
        row("MINYAKITA").countProperty().set("12");
        vm.allCommoditiesProperty().set(false);
        // A row with something typed stays on the form until it is saved or dropped.
        assertThat(vm.shownRows()).extracting(r -> r.commodity().code()).contains("MINYAKITA").hasSize(3);
    }

    @Test
    void anOfficerIsOfferedOnlyTheAssignedOutlets() {
        assertThat(vm.outlets()).hasSize(2);
        vm.limitOutletsTo(java.util.List.of(outlet.id()));
        assertThat(vm.outlets()).containsExactly(outlet);
        vm.start(DAY);
        assertThat(vm.outletProperty().get()).isEqualTo(outlet);

        vm.limitOutletsTo(java.util.List.of());
        vm.start(DAY.plusDays(1));
        assertThat(vm.messageProperty().get()).isEqualTo("Akun ini belum ditugaskan di gerai WULANDARI mana pun."
                + " Minta administrator menugaskannya di layar Pengguna.");
    }

    /** Yesterday: 100 kg of rice received and 28 kg sold at Rp11.000 (so 14 days' outflow 28, 2 kg a day). */
    private void seedYesterday() {
        vm.show(outlet, DAY.minusDays(1));
        StockEntryRow medium = row("BERAS-MEDIUM");
        medium.receiptProperty().set("100");
        medium.sourceProperty().set("Bulog");
        medium.saleQuantityProperty().set("28");
        medium.salePriceProperty().set("11.000");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Tersimpan: 2 mutasi.");
    }

    @Test
    void stockAndCoverFollowWhatIsTypedAndTheLastPriceIsPrefilled() {
        seedYesterday();
        vm.show(outlet, DAY);
        StockEntryRow medium = row("BERAS-MEDIUM");
        // 100 − 28 = 72 kg; 72 / (28 / 14) = 36,0 days.
        assertThat(medium.onHandProperty().get()).isEqualTo("72 kg");
        assertThat(medium.coverProperty().get()).isEqualTo("36,0");
        assertThat(medium.salePriceProperty().get()).isEqualTo("11.000");
        assertThat(vm.hasUnsaved()).isFalse();

        medium.saleQuantityProperty().set("14");
        // 72 − 14 = 58 kg; outflow 28 + 14 = 42 → 3 kg a day → 19,3 days.
        assertThat(medium.onHandProperty().get()).isEqualTo("58 kg");
        assertThat(medium.coverProperty().get()).isEqualTo("19,3");
        medium.receiptProperty().set("1");
        medium.receiptProperty().set("1x");
        // Half-typed: the figures stay as they were.
        assertThat(medium.onHandProperty().get()).isEqualTo("59 kg");
        medium.receiptProperty().set("");
        medium.countProperty().set("50");
        // A count sets the stock: 50 / 3 = 16,7 days.
        assertThat(medium.onHandProperty().get()).isEqualTo("50 kg");
        assertThat(medium.coverProperty().get()).isEqualTo("16,7");
        assertThat(vm.hasUnsaved()).isTrue();

        vm.save();
        assertThat(service.dayMovements(outlet.id(), DAY)).filteredOn(m -> m.kind()
                == id.sinergi.infoharga.domain.MovementKind.SALE).singleElement()
                .satisfies(m -> assertThat(m.unitPriceRp()).isEqualTo(11_000L));
    }

    @Test
    void aProblemSitsAtItsFieldAndTheCursorGoesThere() {
        vm.show(outlet, DAY);
        StockEntryRow medium = row("BERAS-MEDIUM");
        medium.receiptProperty().set("100");
        vm.save();
        assertThat(medium.errorFieldProperty().get()).isEqualTo(StockEntryRow.Field.SOURCE);
        assertThat(medium.errorProperty().get()).startsWith("Beras Medium: sebutkan asal penerimaan");
        assertThat(vm.focusRowProperty().get()).isSameAs(medium);
        assertThat(vm.focusField()).isEqualTo(StockEntryRow.Field.SOURCE);
        assertThat(service.dayMovements(outlet.id(), DAY)).isEmpty();
        // Typing in that field takes the message away.
        medium.sourceProperty().set("Bulog");
        assertThat(medium.errorProperty().get()).isEmpty();

        StockEntryRow gula = row("GULA-PASIR");
        gula.saleQuantityProperty().set("5");
        vm.save();
        assertThat(gula.errorFieldProperty().get()).isEqualTo(StockEntryRow.Field.SALE_PRICE);
        assertThat(service.dayMovements(outlet.id(), DAY)).isEmpty();
    }

    @Test
    void theDaysMovementsAreListedAndAnEditReversesTheOldOneAndRecordsTheNew() {
        seedYesterday();
        vm.show(outlet, DAY.minusDays(1));
        assertThat(vm.dayMovements()).extracting(StockEntryViewModel.DayMovement::kind,
                StockEntryViewModel.DayMovement::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Diterima", "100 kg dari Bulog"),
                org.assertj.core.groups.Tuple.tuple("Terjual", "28 kg @ Rp11.000"));
        StockEntryViewModel.DayMovement sale = vm.dayMovements().get(1);

        vm.edit(sale);
        StockEntryRow medium = row("BERAS-MEDIUM");
        assertThat(medium.saleQuantityProperty().get()).isEqualTo("28");
        assertThat(vm.focusField()).isEqualTo(StockEntryRow.Field.SALE_QUANTITY);
        assertThat(vm.hasUnsaved()).isTrue();
        medium.saleQuantityProperty().set("20");
        vm.save();

        List<StockMovement> day = service.dayMovements(outlet.id(), DAY.minusDays(1));
        assertThat(day).hasSize(4);
        assertThat(day).filteredOn(StockMovement::isReversal).singleElement()
                .satisfies(r -> assertThat(r.reverses()).isEqualTo(sale.movement().id()));
        // 100 − 20 = 80 kg.
        assertThat(medium.onHandProperty().get()).isEqualTo("80 kg");
        assertThat(vm.dayMovements()).filteredOn(StockEntryViewModel.DayMovement::reversed).singleElement()
                .satisfies(m -> assertThat(m.movement().id()).isEqualTo(sale.movement().id()));
        assertThat(vm.dayMovements()).filteredOn(StockEntryViewModel.DayMovement::canChange).hasSize(2);

        // Reversing the receipt as well: after the confirmation, the stock is what the sale took away.
        StockEntryViewModel.DayMovement receipt = vm.dayMovements().stream()
                .filter(m -> m.kind().equals("Diterima")).findFirst().orElseThrow();
        dialogs.choices.add(0);
        vm.reverse(receipt);
        assertThat(vm.messageProperty().get()).isEqualTo("Dibatalkan: Beras Medium, Diterima 100 kg dari Bulog.");
        assertThat(medium.onHandProperty().get()).isEqualTo("-20 kg");
        // A movement reversed once cannot be reversed again.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.reverse(
                new id.sinergi.infoharga.app.Actor("wulan", "laptop-1"), receipt.movement().id()))
                .hasMessageContaining("sudah dibatalkan");
    }
}
