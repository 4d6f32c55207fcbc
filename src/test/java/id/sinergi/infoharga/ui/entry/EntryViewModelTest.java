package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.DialogService.ReasonAnswer;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry logic without a robot: a real database, the synchronous task runner and scripted dialogs. Each test
 * uses its own market, so they share one database.
 */
class EntryViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
            ZoneId.of("Asia/Jakarta"));
    private static final Actor OFFICER = new Actor("petugas", "laptop-1");
    private static final Messages MESSAGES = new Messages(Messages.INDONESIAN);

    @TempDir
    static Path folder;
    static Database db;
    static Store store;
    static Catalog catalog;
    static EntryService entries;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger saves = new AtomicInteger();

    @BeforeAll
    static void open() {
        db = Database.open(folder);
        store = new Store(db);
        catalog = new ReferenceDataService(store).catalog();
        entries = new EntryService(store, CLOCK);
        TestAccounts.admins(store, OFFICER.username());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Market market(int i) {
        return catalog.activeMarkets().get(i);
    }

    /** Yesterday every commodity cost Rp10.000 at the market. */
    private static void seedYesterday(Market m) {
        List<MarketDayEntry.Line> lines = catalog.activeCommodities().stream()
                .map(c -> new MarketDayEntry.Line(c.id(), 10_000, List.of(), null)).toList();
        entries.save(OFFICER, new MarketDayEntry(m.id(), TODAY.minusDays(1), lines));
    }

    private EntryViewModel openOn(Market m) {
        EntryViewModel vm = new EntryViewModel(entries, catalog, MESSAGES,
                new Formats(MESSAGES.locale(), ZoneId.of("Asia/Jakarta")), new CurrentThreadTaskRunner(), dialogs,
                () -> OFFICER, CLOCK, saves::incrementAndGet);
        vm.start();
        if (!m.equals(vm.marketProperty().get())) {
            vm.requestMarket(m, () -> { });
        }
        return vm;
    }

    private static EntryViewModel.Step type(EntryViewModel vm, int row, String text) {
        vm.rows().get(row).textProperty().set(text);
        return vm.commit(row);
    }

    @Test
    void anOfficerIsOfferedOnlyTheAssignedMarketsAndStartsOnTheFirstOfThem() {
        EntryViewModel vm = new EntryViewModel(entries, catalog, MESSAGES,
                new Formats(MESSAGES.locale(), ZoneId.of("Asia/Jakarta")), new CurrentThreadTaskRunner(), dialogs,
                () -> OFFICER, CLOCK, saves::incrementAndGet);
        assertThat(vm.markets()).hasSize(catalog.activeMarkets().size());
        vm.limitMarketsTo(java.util.Set.of(market(3).id(), market(7).id()));
        vm.start();
        assertThat(vm.markets()).containsExactly(market(3), market(7));
        assertThat(vm.marketProperty().get()).isEqualTo(market(3));

        EntryViewModel none = new EntryViewModel(entries, catalog, MESSAGES,
                new Formats(MESSAGES.locale(), ZoneId.of("Asia/Jakarta")), new CurrentThreadTaskRunner(), dialogs,
                () -> OFFICER, CLOCK, saves::incrementAndGet);
        none.limitMarketsTo(java.util.Set.of());
        none.start();
        assertThat(none.rows()).isEmpty();
        assertThat(none.statusTextProperty().get())
                .isEqualTo("Akun ini belum ditugaskan di pasar mana pun. Minta administrator menugaskannya di layar"
                        + " Pengguna.");
    }

    @Test
    void loadsTheMarketsCommoditiesGroupedWithLastAndReferencePrices() {
        Market m = market(1);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        List<Commodity> active = catalog.activeCommodities();
        assertThat(vm.rows()).hasSize(active.size());
        assertThat(vm.dayTextProperty().get()).isEqualTo("Senin, 15 Sep 2025");
        assertThat(vm.correctionProperty().get()).isFalse();
        assertThat(vm.progressTextProperty().get()).isEqualTo("0 dari " + active.size() + " terisi");
        EntryRow first = vm.rows().get(0);
        assertThat(first.group().code()).isEqualTo("BERAS");
        assertThat(first.lastPriceText()).isEqualTo("Rp10.000");
        assertThat(first.lastDateText()).isEqualTo("14 Sep 2025");
        EntryRow minyakita = vm.rows().stream().filter(r -> r.commodity().code().equals("MINYAKITA")).findFirst()
                .orElseThrow();
        assertThat(minyakita.referenceText()).isEqualTo("HET Rp15.700");
        // rows of one group are next to each other
        List<Integer> groups = vm.rows().stream().map(r -> r.group().id()).toList();
        for (int i = 1; i < groups.size(); i++) {
            if (!groups.get(i).equals(groups.get(i - 1))) {
                assertThat(groups.subList(0, i)).doesNotContain(groups.get(i));
            }
        }
    }

    @Test
    void acceptsPlainAndDottedPricesAndRefusesDecimalsLettersAndNegatives() {
        Market m = market(2);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        assertThat(type(vm, 0, "10500")).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(vm.rows().get(0).acceptedPriceRp()).isEqualTo(10_500);
        assertThat(vm.rows().get(0).textProperty().get()).isEqualTo("10.500");
        assertThat(vm.currentProperty().get()).isEqualTo(1);
        assertThat(type(vm, 1, "11.000")).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(vm.rows().get(1).acceptedPriceRp()).isEqualTo(11_000);

        assertThat(type(vm, 2, "12,5")).isEqualTo(EntryViewModel.Step.STAY);
        assertThat(vm.rows().get(2).status()).isEqualTo(RowStatus.INVALID);
        assertThat(vm.rows().get(2).message()).isEqualTo(MESSAGES.get("entry.parse.DECIMAL"));
        assertThat(vm.rows().get(2).acceptedPriceRp()).isNull();
        assertThat(type(vm, 2, "sepuluh")).isEqualTo(EntryViewModel.Step.STAY);
        assertThat(vm.rows().get(2).message()).isEqualTo(MESSAGES.get("entry.parse.LETTERS"));
        assertThat(type(vm, 2, "-10000")).isEqualTo(EntryViewModel.Step.STAY);
        assertThat(vm.rows().get(2).message()).isEqualTo(MESSAGES.get("entry.parse.NEGATIVE"));
        assertThat(vm.progressTextProperty().get()).startsWith("2 dari ");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void equalsCopiesTheLastPriceAndEscapeRestoresTheField() {
        Market m = market(3);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        assertThat(vm.copyLast(0)).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(vm.rows().get(0).acceptedPriceRp()).isEqualTo(10_000);
        assertThat(vm.rows().get(0).changeTextProperty().get()).isEqualTo("0,0%");
        vm.rows().get(0).textProperty().set("99");
        vm.restore(0);
        assertThat(vm.rows().get(0).textProperty().get()).isEqualTo("10.000");
        vm.rows().get(1).textProperty().set("123");
        vm.restore(1);
        assertThat(vm.rows().get(1).textProperty().get()).isEmpty();
        assertThat(vm.rows().get(1).status()).isEqualTo(RowStatus.EMPTY);
    }

    @Test
    void aDigitSlipAsksAndTakesTheCorrectedValue() {
        Market m = market(4);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        dialogs.choices.add(0);
        assertThat(type(vm, 0, "100000")).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(dialogs.asked.get(0)).startsWith("Apakah maksud Anda Rp10.000?");
        assertThat(vm.rows().get(0).acceptedPriceRp()).isEqualTo(10_000);
        assertThat(vm.rows().get(0).textProperty().get()).isEqualTo("10.000");

        dialogs.choices.add(2);
        assertThat(type(vm, 1, "1.000")).isEqualTo(EntryViewModel.Step.STAY);
        assertThat(vm.rows().get(1).acceptedPriceRp()).isNull();
        assertThat(vm.rows().get(1).status()).isEqualTo(RowStatus.INVALID);
        assertThat(vm.currentProperty().get()).isEqualTo(1);
    }

    @Test
    void aLargeChangeIsAcceptedOnlyWithAReason() {
        Market m = market(5);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        // 13000 / 10000 − 1 = +30 % > 25 % for rice
        dialogs.reasons.add(Optional.empty());
        assertThat(type(vm, 0, "13000")).isEqualTo(EntryViewModel.Step.STAY);
        assertThat(vm.rows().get(0).acceptedPriceRp()).isNull();
        assertThat(vm.rows().get(0).message()).isEqualTo(MESSAGES.get("entry.reason.required"));
        assertThat(dialogs.asked.get(0)).contains("Rp10.000", "Rp13.000", "+30,0%").contains("panen", "cuaca");

        dialogs.reasons.add(Optional.of(new ReasonAnswer(5, " ")));
        assertThat(type(vm, 0, "13000")).as("'lainnya' needs a note").isEqualTo(EntryViewModel.Step.STAY);

        dialogs.reasons.add(Optional.of(new ReasonAnswer(1, "hujan deras")));
        assertThat(type(vm, 0, "13000")).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(vm.rows().get(0).acceptedPriceRp()).isEqualTo(13_000);
        assertThat(vm.rows().get(0).reason()).isEqualTo("cuaca: hujan deras");
        assertThat(vm.rows().get(0).status()).isEqualTo(RowStatus.FLAGGED);
        // confirming the same value again does not ask again
        assertThat(vm.commit(0)).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(dialogs.reasons).isEmpty();
    }

    @Test
    void quotesGiveTheirMedian() {
        Market m = market(6);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        // median of 10.000, 10.400, 10.200 is 10.200
        assertThat(vm.setQuotes(0, List.of("10.000", "10400", "10.200"))).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(vm.rows().get(0).acceptedPriceRp()).isEqualTo(10_200);
        assertThat(vm.rows().get(0).quotes()).containsExactly(10_000L, 10_400L, 10_200L);
        assertThat(vm.setQuotes(1, List.of("10.000", "abc", ""))).isEqualTo(EntryViewModel.Step.STAY);
    }

    @Test
    void savesTheWholeMarketDayAndASecondSaveUpdatesWithAudit() {
        Market m = market(7);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        int n = vm.rows().size();
        for (int i = 0; i < n; i++) {
            vm.copyLast(i);
        }
        assertThat(vm.progressTextProperty().get()).isEqualTo(n + " dari " + n + " terisi");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save();
        assertThat(vm.statusTextProperty().get()).startsWith("Tersimpan");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(saves).hasValue(1);
        List<PriceObservation> stored = entries.marketDay(m.id(), TODAY);
        assertThat(stored).hasSize(n).allSatisfy(o -> {
            assertThat(o.priceRp()).isEqualTo(10_000);
            assertThat(o.revision()).isEqualTo(1);
            assertThat(o.officer()).isEqualTo("petugas");
        });

        int row = 3;
        int commodityId = vm.rows().get(row).commodity().id();
        // Overwriting a saved price always asks why, even for a 7 % change that needs no reason on a new day.
        dialogs.reasons.add(Optional.of(new ReasonAnswer(3, "")));
        assertThat(type(vm, row, "10.700")).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(dialogs.asked).last().asString().startsWith(vm.rows().get(row).commodity().displayName()
                + " pada Senin, 15 Sep 2025 sudah tersimpan Rp10.000; kini diganti Rp10.700. Mengapa diubah?");
        assertThat(vm.currentProperty().get()).isEqualTo(row + 1);
        vm.save();
        // After the save the cursor is back on the first row.
        assertThat(vm.currentProperty().get()).isZero();
        PriceObservation changed = entries.marketDay(m.id(), TODAY).stream()
                .filter(o -> o.commodityId() == commodityId).findFirst().orElseThrow();
        assertThat(changed.priceRp()).isEqualTo(10_700);
        assertThat(changed.revision()).isEqualTo(2);
        List<AuditDao.AuditRow> audit = store.read(tx -> tx.audit().forKey(EntryService.TABLE,
                EntryService.rowKey(m.id(), commodityId, TODAY)));
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).entry().oldValue()).isNull();
        assertThat(audit.get(0).entry().newValue()).isEqualTo("10000");
        assertThat(audit.get(1).entry().oldValue()).isEqualTo("10000");
        assertThat(audit.get(1).entry().newValue()).isEqualTo("10700");
        assertThat(audit.get(1).entry().actor()).isEqualTo("petugas");
    }

    @Test
    void aWrongValueBlocksTheSaveAndNeverReachesTheDatabase() {
        Market m = market(8);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        vm.copyLast(0);
        vm.rows().get(1).textProperty().set("10.5");
        vm.save();
        assertThat(entries.marketDay(m.id(), TODAY)).isEmpty();
        assertThat(vm.currentProperty().get()).isEqualTo(1);
        assertThat(vm.statusTextProperty().get()).contains(vm.rows().get(1).commodity().displayName());
    }

    @Test
    void unsavedChangesAreGuardedWhenSwitchingMarket() {
        Market m = market(9);
        Market other = market(10);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        vm.copyLast(0);
        AtomicInteger refused = new AtomicInteger();

        dialogs.choices.add(2); // Batal
        vm.requestMarket(other, refused::incrementAndGet);
        assertThat(vm.marketProperty().get()).isEqualTo(m);
        assertThat(refused).hasValue(1);
        assertThat(vm.rows().get(0).acceptedPriceRp()).isEqualTo(10_000);

        dialogs.choices.add(1); // Buang perubahan
        vm.requestMarket(other, refused::incrementAndGet);
        assertThat(vm.marketProperty().get()).isEqualTo(other);
        assertThat(entries.marketDay(m.id(), TODAY)).isEmpty();

        vm.requestMarket(m, refused::incrementAndGet); // nothing pending: no question
        vm.copyLast(0);
        dialogs.choices.add(0); // Simpan
        vm.requestMarket(other, refused::incrementAndGet);
        assertThat(vm.marketProperty().get()).isEqualTo(other);
        assertThat(entries.marketDay(m.id(), TODAY)).hasSize(1);
        assertThat(dialogs.choices).isEmpty();
    }

    @Test
    void anEarlierDayIsACorrectionAndAFutureDayIsRefused() {
        Market m = market(11);
        EntryViewModel vm = openOn(m);
        vm.requestDay(TODAY.minusDays(3), () -> { });
        assertThat(vm.correctionProperty().get()).isTrue();
        assertThat(vm.dayTextProperty().get()).isEqualTo("Jumat, 12 Sep 2025");
        AtomicInteger refused = new AtomicInteger();
        vm.requestDay(TODAY.plusDays(1), refused::incrementAndGet);
        assertThat(refused).hasValue(1);
        assertThat(vm.dayProperty().get()).isEqualTo(TODAY.minusDays(3));
    }

    private static int rowOf(EntryViewModel vm, String code) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).commodity().code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void theReasonThresholdFollowsTheCommoditysAlertThresholds() {
        Market m = market(9);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        // Rice is a staple: Siaga at a 10 % week rise, so 11.700 after 10.000 (+17 %) needs a reason (DESIGN §5's
        // fixed 25 % let it through with a tick).
        int beras = rowOf(vm, "BERAS-MEDIUM");
        dialogs.reasons.add(Optional.empty());
        assertThat(type(vm, beras, "11.700")).isEqualTo(EntryViewModel.Step.STAY);
        assertThat(dialogs.asked).last().asString()
                .startsWith("Beras Medium berubah dari Rp10.000 menjadi Rp11.700 (+17,0%).");
        assertThat(vm.rows().get(beras).acceptedPriceRp()).isNull();
        // Exactly 10 % is not beyond the threshold.
        assertThat(type(vm, beras, "11.000")).isEqualTo(EntryViewModel.Step.ADVANCE);
        // A chilli is volatile: Siaga at 30 %, so +17 % passes and +31 % asks.
        int cabai = vm.rows().stream().filter(r -> catalog.groupOf(r.commodity()).volatileGroup()).findFirst()
                .map(r -> vm.rows().indexOf(r)).orElseThrow();
        assertThat(type(vm, cabai, "11.700")).isEqualTo(EntryViewModel.Step.ADVANCE);
        int asked = dialogs.asked.size();
        dialogs.reasons.add(Optional.of(new ReasonAnswer(1, "")));
        assertThat(type(vm, cabai, "13.100")).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(dialogs.asked).hasSize(asked + 1);
        assertThat(vm.rows().get(cabai).reason()).isEqualTo("cuaca");
    }

    @Test
    void aPriceAboveItsCeilingShowsThatInsteadOfATick() {
        Market m = market(10);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        // Minyakita: HET Rp15.700; yesterday Rp10.000 here, so type near the ceiling with a reason for the rise.
        int row = rowOf(vm, "MINYAKITA");
        dialogs.reasons.add(Optional.of(new ReasonAnswer(3, "")));
        assertThat(type(vm, row, "16.000")).isEqualTo(EntryViewModel.Step.ADVANCE);
        EntryRow r = vm.rows().get(row);
        assertThat(r.status()).isEqualTo(RowStatus.ABOVE_REFERENCE);
        // (16.000 / 15.700 − 1) × 100 = 1,91 %
        assertThat(r.message()).startsWith("Di atas HET Rp15.700 (+1,9%)");
        dialogs.reasons.add(Optional.of(new ReasonAnswer(3, "")));
        assertThat(type(vm, row, "15.700")).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(r.status()).isEqualTo(RowStatus.FLAGGED);
    }

    @Test
    void copyingAnOldPriceSaysFromWhichDay() {
        Market m = market(11);
        List<MarketDayEntry.Line> lines = List.of(new MarketDayEntry.Line(catalog.activeCommodities().get(0).id(),
                10_000, List.of(), null));
        entries.save(OFFICER, new MarketDayEntry(m.id(), TODAY.minusDays(5), lines));
        EntryViewModel vm = openOn(m);
        int row = rowOf(vm, catalog.activeCommodities().get(0).code());
        assertThat(vm.copyLast(row)).isEqualTo(EntryViewModel.Step.ADVANCE);
        assertThat(vm.rows().get(row).message()).contains("Sama dengan harga 10 Sep 2025 (5 hari lalu)");
        assertThat(vm.statusTextProperty().get()).isEqualTo(catalog.activeCommodities().get(0).displayName()
                + ": Sama dengan harga 10 Sep 2025 (5 hari lalu)");
    }

    @Test
    void theMarketsSayHowFarEachIsAndCtrlPageDownStepsThroughThem() {
        Market m = market(12);
        seedYesterday(m);
        EntryViewModel vm = openOn(m);
        int n = vm.rows().size();
        assertThat(vm.marketLabel(m)).isEqualTo(m.name() + "  0/" + n);
        type(vm, 0, "10.000");
        type(vm, 1, "10.000");
        vm.save();
        assertThat(vm.marketLabel(m)).isEqualTo(m.name() + "  2/" + n);
        for (int i = 0; i < n; i++) {
            vm.copyLast(i);
        }
        vm.save();
        assertThat(vm.marketLabel(m)).isEqualTo(m.name() + "  " + n + "/" + n + " \u2713");

        vm.stepMarket(1, () -> { });
        assertThat(vm.marketProperty().get()).isEqualTo(market(13));
        vm.stepMarket(-1, () -> { });
        assertThat(vm.marketProperty().get()).isEqualTo(m);
        vm.stepMarket(-100, () -> { });
        assertThat(vm.marketProperty().get()).isEqualTo(m);
    }
}
