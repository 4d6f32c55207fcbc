package id.sinergi.infoharga.ui.users;

import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.Formats;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UsersViewModelTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final String GOOD = "Pasar-Kutorejo-1";

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-15T01:00:00Z"));
    private AccountService accounts;
    private Catalog catalog;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private long auditRows;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        catalog = new ReferenceDataService(store).catalog();
        accounts = TestAccounts.accounts(store, clock);
        accounts.createFirstAdmin("kepala", "Harga-Cabai-2025", "pc");
        auditRows = store.read(tx -> tx.audit().count());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UsersViewModel as(String name) {
        UsersViewModel vm = new UsersViewModel(accounts, catalog, ID, new Formats(ID.locale(), ZoneId.of("Asia/Jakarta")),
                new CurrentThreadTaskRunner(), dialogs, () -> new Actor(name, "pc"), clock::instant);
        vm.load();
        return vm;
    }

    private UserRow row(UsersViewModel vm, String name) {
        return vm.rows().stream().filter(r -> r.username().equals(name)).findFirst().orElseThrow();
    }

    private void createOfficer(UsersViewModel vm, String name, String password) {
        vm.newNameProperty().set(name);
        vm.chooseRole(Role.OFFICER);
        vm.newPasswordProperty().set(password);
        vm.newPasswordAgainProperty().set(password);
        vm.create();
    }

    @Test
    void theListShowsRoleStatusAssignmentsAndFailedLogIns() {
        UsersViewModel vm = as("kepala");
        assertThat(vm.allowedProperty().get()).isTrue();
        assertThat(vm.rows()).extracting(UserRow::username).containsExactly("kepala");
        assertThat(row(vm, "kepala").role()).isEqualTo("Administrator");

        accounts.createUser(new Actor("kepala", "pc"), "budi", Role.OFFICER, GOOD);
        Market raya = catalog.findMarket("RAYA-MJS").orElseThrow();
        accounts.assign(new Actor("kepala", "pc"), "budi", List.of(raya.id()),
                List.of(catalog.findOutlet("WLD-RAYA-MJS").orElseThrow().id()));
        for (int i = 0; i < 2; i++) {
            try {
                accounts.login("budi", "salah-sekali", "hp");
            } catch (RuntimeException expected) {
                // counted
            }
        }
        vm.load();
        assertThat(row(vm, "budi")).isEqualTo(new UserRow(accounts.account("budi").orElseThrow(), "budi",
                "Petugas pasar", "Aktif", "Pasar Raya Mojosari", "WULANDARI Pasar Raya Mojosari",
                "2 kali gagal masuk"));
        for (int i = 0; i < 3; i++) {
            try {
                accounts.login("budi", "salah-sekali", "hp");
            } catch (RuntimeException expected) {
                // the fifth locks
            }
        }
        vm.load();
        // Locked at 01:00 UTC for one minute: until 08:01 in Jakarta, 60 seconds from now.
        assertThat(row(vm, "budi").logins()).isEqualTo("Dikunci sampai 08:01 (60 detik lagi)");
    }

    @Test
    void aWeakOrCommonPasswordShowsTheServicesMessageAndCreatesNothing() {
        UsersViewModel vm = as("kepala");
        createOfficer(vm, "budi", "pendek");
        assertThat(vm.messageProperty().get()).isEqualTo("Kata sandi terlalu pendek: minimal 8 karakter.");
        assertThat(vm.failedProperty().get()).isTrue();
        createOfficer(vm, "budi", "iloveyou");
        assertThat(vm.messageProperty().get()).isEqualTo("Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.");
        createOfficer(vm, "budi", "budi");
        assertThat(vm.messageProperty().get()).startsWith("Kata sandi");

        // The name stays for another try; the passwords are cleared.
        assertThat(vm.newNameProperty().get()).isEqualTo("budi");
        assertThat(vm.newPasswordProperty().get()).isEmpty();
        assertThat(accounts.account("budi")).isEmpty();
        assertThat(vm.rows()).extracting(UserRow::username).containsExactly("kepala");
        assertThat((long) store.read(tx -> tx.audit().count())).isEqualTo(auditRows);

        // Two different passwords never reach the service.
        vm.newPasswordProperty().set(GOOD);
        vm.newPasswordAgainProperty().set(GOOD + "x");
        vm.create();
        assertThat(vm.messageProperty().get()).isEqualTo("Kedua kata sandi tidak sama. Ketik ulang; belum ada yang diubah.");
        assertThat(accounts.account("budi")).isEmpty();
    }

    @Test
    void aNewOfficerIsSelectedAndTheTickedMarketsAndOutletsAreStored() {
        UsersViewModel vm = as("kepala");
        createOfficer(vm, "Budi", GOOD);
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Akun budi (Petugas pasar) dibuat. Centang pasar dan gerainya di kanan, lalu Simpan penugasan.");
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.selectedProperty().get().username()).isEqualTo("budi");
        assertThat(vm.assignableProperty().get()).isTrue();
        assertThat(vm.markets()).hasSize(catalog.activeMarkets().size()).noneMatch(c -> c.checked().get());

        Market raya = catalog.findMarket("RAYA-MJS").orElseThrow();
        Market niaga = catalog.findMarket("NIAGA-MJS").orElseThrow();
        vm.markets().stream().filter(c -> c.id() == raya.id() || c.id() == niaga.id())
                .forEach(c -> c.checked().set(true));
        vm.outlets().get(0).checked().set(true);
        vm.saveAssignment();

        UserAccount budi = accounts.account("budi").orElseThrow();
        assertThat(budi.marketIds()).containsExactlyInAnyOrder(raya.id(), niaga.id());
        assertThat(budi.outletIds()).containsExactly(vm.outlets().get(0).id());
        assertThat(vm.messageProperty().get()).isEqualTo("Penugasan budi disimpan: 2 pasar, 1 gerai.");
        assertThat(row(vm, "budi").markets()).contains("Pasar Raya Mojosari", "Pasar Niaga Mojosari");

        // Selecting another account and coming back ticks what is stored.
        vm.select(accounts.account("kepala").orElseThrow());
        assertThat(vm.assignableProperty().get()).isFalse();
        assertThat(vm.markets()).noneMatch(c -> c.checked().get());
        vm.select(row(vm, "budi").account());
        assertThat(vm.markets().stream().filter(c -> c.checked().get()).map(Choice::id))
                .containsExactlyInAnyOrder(raya.id(), niaga.id());
    }

    @Test
    void disablingOneselfIsRefusedAndAnotherAccountIsDisabledAndEnabledAfterAsking() {
        UsersViewModel vm = as("kepala");
        createOfficer(vm, "budi", GOOD);

        vm.select(row(vm, "kepala").account());
        assertThat(vm.ownAccountSelectedProperty().get()).isTrue();
        dialogs.choices.add(0);
        vm.toggleActive();
        assertThat(vm.messageProperty().get()).isEqualTo("Administrator tidak dapat menonaktifkan akunnya sendiri.");
        assertThat(accounts.account("kepala").orElseThrow().active()).isTrue();

        vm.select(row(vm, "budi").account());
        assertThat(vm.ownAccountSelectedProperty().get()).isFalse();
        dialogs.choices.add(1);
        vm.toggleActive();
        assertThat(accounts.account("budi").orElseThrow().active()).as("cancelled").isTrue();

        dialogs.choices.add(0);
        vm.toggleActive();
        assertThat(dialogs.asked).last().asString().startsWith("Nonaktifkan akun budi?");
        assertThat(accounts.account("budi").orElseThrow().active()).isFalse();
        assertThat(row(vm, "budi").status()).isEqualTo("Nonaktif");
        assertThat(vm.messageProperty().get()).isEqualTo("Akun budi dinonaktifkan.");

        dialogs.choices.add(0);
        vm.toggleActive();
        assertThat(accounts.account("budi").orElseThrow().active()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Akun budi aktif lagi.");
    }

    @Test
    void aResetPasswordFollowsTheSameRulesAndThenLetsTheAccountIn() {
        UsersViewModel vm = as("kepala");
        createOfficer(vm, "budi", GOOD);
        vm.select(row(vm, "budi").account());
        vm.resetPasswordProperty().set("password");
        vm.resetPasswordAgainProperty().set("password");
        vm.resetPassword();
        assertThat(vm.messageProperty().get()).contains("terlalu");
        assertThat(accounts.login("budi", GOOD, "hp").username()).isEqualTo("budi");

        vm.resetPasswordProperty().set("Sandi-Baru-Budi-7");
        vm.resetPasswordAgainProperty().set("Sandi-Baru-Budi-7");
        vm.resetPassword();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Kata sandi budi diatur ulang. Sampaikan kepadanya secara langsung.");
        assertThat(accounts.login("budi", "Sandi-Baru-Budi-7", "hp").username()).isEqualTo("budi");
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsToldSoAndSeesNoAccounts() {
        accounts.createUser(new Actor("kepala", "pc"), "sari", Role.ANALYST, "Analis-Harga-33");
        UsersViewModel vm = as("sari");
        assertThat(vm.allowedProperty().get()).isFalse();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Layar ini hanya untuk administrator.");

        createOfficer(vm, "budi", GOOD);
        assertThat(vm.messageProperty().get()).isEqualTo("Akun sari (analis) tidak berwenang melakukan ini.");
        assertThat(accounts.account("budi")).isEmpty();
    }
}
