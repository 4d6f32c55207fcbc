package id.sinergi.infoharga.ui.alerts;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlertKind;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.testing.SmallServices;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static id.sinergi.infoharga.testing.SmallDataset.D2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlertsViewModelTest {
    @TempDir
    Path folder;
    private SmallServices s;
    private AlertsViewModel vm;

    @BeforeEach
    void open() {
        s = new SmallServices(folder);
        TestAccounts.user(s.store, "analis", Role.ANALYST, List.of(), List.of());
        vm = new AlertsViewModel(s.alerts, s.acknowledgements, s.messages, new CurrentThreadTaskRunner(),
                () -> new Actor("analis", "pc-ekonomi"), () -> LocalDate.now(s.clock));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void listsExactlyTheServicesAlertsMostSevereFirst() {
        vm.showDay(D2);
        List<Alert> expected = s.alerts.alerts(D2);
        assertThat(vm.allRows()).extracting(AlertRow::alert).containsExactlyElementsOf(expected);
        // Siaga first: Niaga Mojosari is the cause of Beras Medium's rise, 13.500 against the HET is +8 % and
        // against 12.000 a week before +12,5 %, both Siaga above the regency's Waspada; then the 18 silent markets.
        // Then Beras Medium for the regency: HET gap +4 %, week rise +8,33 %, and the outlet's 6 days of cover,
        // all Waspada.
        assertThat(vm.allRows()).hasSize(23);
        assertThat(vm.allRows().subList(0, 2)).allMatch(r -> "NIAGA-MJS".equals(r.alert().placeCode())
                && r.alert().level() == AlertLevel.SIAGA);
        assertThat(vm.allRows().subList(0, 2)).extracting(r -> r.alert().value()).containsExactly(8.0, 12.5);
        assertThat(vm.allRows().subList(2, 20)).allMatch(r -> r.alert().kind() == AlertKind.MISSING_REPORT);
        vm.filterLevel(AlertLevel.WASPADA);
        assertThat(vm.rows()).extracting(r -> r.alert().kind()).containsExactlyInAnyOrder(AlertKind.REFERENCE,
                AlertKind.PRICE_RISE, AlertKind.STOCK);
        vm.filterKind(AlertKind.STOCK);
        assertThat(vm.rows()).hasSize(1);
        Alert stock = vm.rows().get(0).alert();
        assertThat(stock.value()).isCloseTo(6.0, within(1e-9));
        assertThat(stock.placeCode()).isEqualTo("WLD-RAYA-MJS");
    }

    @Test
    void acknowledgingKeepsTheNoteAuditsItAndMarksTheRow() {
        vm.showDay(D2);
        vm.filterKind(AlertKind.REFERENCE);
        AlertRow row = vm.rows().get(0);
        long auditBefore = s.store.read(tx -> tx.audit().count());
        vm.acknowledge(row, "  Operasi pasar Bulog dijadwalkan Kamis ");
        assertThat(vm.rows().get(0).acknowledged()).isTrue();
        assertThat(vm.rows().get(0).acknowledgement().note()).isEqualTo("Operasi pasar Bulog dijadwalkan Kamis");
        assertThat(vm.rows().get(0).acknowledgement().actor()).isEqualTo("analis");
        List<AuditDao.AuditRow> audit = s.store.read(tx -> tx.audit().all());
        assertThat(audit).hasSize((int) auditBefore + 1);
        assertThat(audit.get(audit.size() - 1).entry().tableName()).isEqualTo("alert_ack");
        // The first reference alert is Niaga Mojosari's (Siaga): a market's alert is acknowledged on its own.
        assertThat(audit.get(audit.size() - 1).entry().rowKey())
                .isEqualTo("2025-09-02:REFERENCE:BERAS-MEDIUM:NIAGA-MJS");
        vm.filterKind(null);
        vm.showOpenOnly(true);
        assertThat(vm.rows()).hasSize(22).noneMatch(AlertRow::acknowledged);
    }

    @Test
    void anEmptyNoteIsRefusedWithAMessageAndNothingIsStored() {
        vm.showDay(D2);
        AlertRow row = vm.rows().get(0);
        long auditBefore = s.store.read(tx -> tx.audit().count());
        vm.acknowledge(row, "   ");
        assertThat(vm.messageProperty().get()).isEqualTo(s.messages.get("alerts.ack.noteRequired"));
        assertThat(vm.rows().get(0).acknowledged()).isFalse();
        long auditAfter = s.store.read(tx -> tx.audit().count());
        assertThat(auditAfter).isEqualTo(auditBefore);
        assertThat(s.acknowledgements.onDay(D2)).isEmpty();
    }

    @Test
    void anAlertIsAcknowledgedOnlyOnceADay() {
        vm.showDay(D2);
        AlertRow row = vm.rows().get(0);
        vm.acknowledge(row, "Sudah ditangani");
        vm.acknowledge(row, "Lagi");
        assertThat(vm.messageProperty().get()).isEqualTo(s.messages.get("alerts.ack.already"));
        assertThat(s.acknowledgements.onDay(D2)).hasSize(1);
    }

    @Test
    void anOfficerMayNotAcknowledgeAndNothingIsStored() {
        TestAccounts.user(s.store, "petugas", Role.OFFICER, List.of(), List.of());
        AlertsViewModel asOfficer = new AlertsViewModel(s.alerts, s.acknowledgements, s.messages,
                new CurrentThreadTaskRunner(), () -> new Actor("petugas", "pc-pasar"), () -> LocalDate.now(s.clock));
        asOfficer.showDay(D2);
        long auditBefore = s.store.read(tx -> tx.audit().count());
        asOfficer.acknowledge(asOfficer.rows().get(0), "Sudah dicek");
        assertThat(asOfficer.messageProperty().get()).isEqualTo(s.messages.get("trust.denied.role", "petugas",
                s.messages.get("trust.role.OFFICER")));
        assertThat(s.acknowledgements.onDay(D2)).isEmpty();
        long auditAfter = s.store.read(tx -> tx.audit().count());
        assertThat(auditAfter).isEqualTo(auditBefore);
    }
}
