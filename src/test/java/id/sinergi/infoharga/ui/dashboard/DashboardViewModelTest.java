package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Dashboard;
import id.sinergi.infoharga.domain.AlertAcknowledgement;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlertKind;
import id.sinergi.infoharga.domain.indicators.PriceFigures;
import id.sinergi.infoharga.testing.SmallServices;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static id.sinergi.infoharga.testing.SmallDataset.D1;
import static id.sinergi.infoharga.testing.SmallDataset.D2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DashboardViewModelTest {
    private static final double EPS = 1e-9;
    @TempDir
    Path folder;
    private SmallServices s;
    private DashboardViewModel vm;

    @BeforeEach
    void open() {
        s = new SmallServices(folder);
        vm = new DashboardViewModel(s.dashboard, s.acknowledgements, s.data.catalog, s.messages,
                new CurrentThreadTaskRunner(), () -> LocalDate.now(s.clock));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void exposesTheServicesDashboardOfTheDayPicked() {
        vm.showDay(D2);
        Dashboard d = vm.dashboardProperty().get();
        assertThat(d).isEqualTo(s.dashboard.dashboard(D2));

        // Beras Medium on 2 Sep: (12.500 + 13.500)/2 = 13.000 from 2 markets; against 1 Sep over M1, M2:
        // 12.500 → 13.000 = +4 %; against 25 Aug (all 12.000) over M1, M2: +8,33 % (Waspada, staples 5/10/20);
        // HET 12.500: gap (13.000 − 12.500)/12.500 = +4 % (Waspada, (0, 5]).
        assertThat(vm.rows()).hasSize(1);
        DashboardRow row = vm.rows().get(0);
        PriceFigures f = row.commodity().regency();
        assertThat(f.price()).isEqualTo(13_000);
        assertThat(f.markets()).isEqualTo(2);
        assertThat(f.day().pct()).isCloseTo(4.0, within(EPS));
        assertThat(f.week().pct()).isCloseTo(100.0 / 12, within(EPS));
        assertThat(f.reference().gapPct()).isCloseTo(4.0, within(EPS));
        assertThat(f.disparity()).isNull();
        assertThat(row.level()).isEqualTo(AlertLevel.WASPADA);
        assertThat(row.group().code()).isEqualTo("BERAS");
        // ALPS: the prices span August and September 2025, two months of the 36 the model needs.
        assertThat(row.alps().eligible()).isFalse();
        assertThat(row.alps().spanMonths()).isEqualTo(2);
        assertThat(row.alps().reason()).isEqualTo("riwayat kurang dari 36 bulan (2 bulan)");

        // Week 36 to date against week 35: market averages M1 12.250, M2 13.250, M3 14.000 against 12.000 each:
        // (13.166,67 − 12.000)/12.000 = +9,722 %; only Beras has a weight, so R = +9,722 % and it is all Beras.
        assertThat(d.week().weighted().pct()).isCloseTo(3500.0 / 360, within(1e-9));
        assertThat(d.topContributors()).hasSize(1);
        assertThat(d.topContributors().get(0).code()).isEqualTo("BERAS");
        assertThat(d.topContributors().get(0).contribution()).isCloseTo(3500.0 / 360, within(1e-9));
        assertThat(d.weeks()).hasSize(12);
        assertThat(d.weeks().get(10).weighted().pct()).isNull();

        assertThat(d.commoditiesAtLevel()).containsEntry(AlertLevel.WASPADA, 1).containsEntry(AlertLevel.NORMAL, 0)
                .containsEntry(AlertLevel.SIAGA, 0).containsEntry(AlertLevel.AWAS, 0);
        assertThat(d.completeness().reported()).isEqualTo(2);
        assertThat(d.completeness().expected()).isEqualTo(20);
        assertThat(d.movers().risers()).extracting(c -> c.code()).containsExactly("BERAS-MEDIUM");
        assertThat(d.movers().fallers()).isEmpty();
        // The outlet: 200 − 14 × 10 = 60 kg, 10 kg a day → 6 days of cover, Waspada (< 7).
        assertThat(d.lowestCover().onHand()).isEqualByComparingTo("60");
        assertThat(d.lowestCover().daysOfCover()).isCloseTo(6.0, within(EPS));
        assertThat(d.lowestCover().level()).isEqualTo(AlertLevel.WASPADA);
        // 15:00 on a Tuesday is past the cut-off: the 18 markets without a price are missing (Siaga).
        assertThat(d.missingReports()).hasSize(18).allMatch(a -> a.level() == AlertLevel.SIAGA);
    }

    @Test
    void aPastDayIsTheSameDashboardForThatDay() {
        vm.showDay(D1);
        assertThat(vm.dashboardProperty().get()).isEqualTo(s.dashboard.dashboard(D1));
        // 1 Sep: (12.000 + 13.000 + 14.000)/3 = 13.000; CV over three markets: s = 1.000, 1.000/13.000 = 7,69 %.
        PriceFigures f = vm.rows().get(0).commodity().regency();
        assertThat(f.price()).isEqualTo(13_000);
        assertThat(f.disparity().cvPct()).isCloseTo(100.0 / 13, within(1e-9));
        assertThat(vm.notices()).isEmpty();
    }

    @Test
    void filtersByGroupAndLevel() {
        vm.showDay(D2);
        vm.filterLevel(AlertLevel.SIAGA);
        assertThat(vm.rows()).isEmpty();
        vm.filterLevel(AlertLevel.WASPADA);
        assertThat(vm.rows()).hasSize(1);
        vm.filterGroup(s.data.catalog.groups().stream().filter(g -> g.code().equals("GULA")).findFirst()
                .orElseThrow());
        assertThat(vm.rows()).isEmpty();
        vm.filterGroup(null);
        vm.filterLevel(null);
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void todaysNewSiagaAndAwasAlertsAreAnnouncedOnce() {
        vm.showDay(D2);
        // 18 silent markets and Niaga Mojosari's Beras Medium (HET +8 %, week +12,5 %: Siaga), see AlertsViewModelTest.
        assertThat(vm.notices()).hasSize(20);
        assertThat(vm.notices()).filteredOn(a -> a.kind() == AlertKind.MISSING_REPORT).hasSize(18);
        vm.noticesShown();
        vm.refresh();
        assertThat(vm.notices()).isEmpty();
    }

    @Test
    void anAcknowledgedAlertIsNotAnnounced() {
        Alert first = s.dashboard.dashboard(D2).missingReports().get(0);
        TestAccounts.user(s.store, "analis", Role.ANALYST, List.of(), List.of());
        s.acknowledgements.acknowledge(new Actor("analis", "pc"), D2, AlertAcknowledgement.keyOf(first),
                first.level(), "Petugas sudah ditelepon");
        vm.showDay(D2);
        assertThat(vm.notices()).hasSize(19).doesNotContain(first);
    }

    @Test
    void openingBeforeAnyReportOfTheDayShowsTheLastDayWithPricesAndSaysSo() {
        // The dataset's last prices are on 3 Sep (D1 + 2); "today" is Saturday 6 Sep, nothing reported yet.
        LocalDate saturday = D1.plusDays(5);
        DashboardViewModel morning = new DashboardViewModel(s.dashboard, s.acknowledgements, s.data.catalog,
                s.messages, new CurrentThreadTaskRunner(), () -> saturday);
        morning.showLatest();
        assertThat(morning.dayProperty().get()).isEqualTo(D1.plusDays(2));
        assertThat(morning.dashboardProperty().get()).isEqualTo(s.dashboard.dashboard(D1.plusDays(2)));
        assertThat(morning.rows()).isNotEmpty();
        assertThat(morning.messageProperty().get())
                .isEqualTo("Hari ini belum ada harga yang masuk; yang tampil hari terakhir yang ada harganya.");

        // Asking for today itself (the "Hari ini" button) shows today, empty, and says to pick another day.
        morning.showDay(null);
        assertThat(morning.dayProperty().get()).isEqualTo(saturday);
        assertThat(morning.rows()).isEmpty();
        assertThat(morning.messageProperty().get()).isEqualTo("Belum ada harga pada hari ini. Pilih hari lain.");

        // A day with prices opens as it is.
        vm.showLatest();
        assertThat(vm.dayProperty().get()).isEqualTo(D2);
        assertThat(vm.messageProperty().get()).isEmpty();
    }
}
