package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.Session;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms before the shell, over a real data folder, without a window. */
class LoginViewModelTest {
    private static final String DEVICE = "laptop-uji";
    private static final String GOOD = "Kebun-Cabai-77";

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-15T01:00:00Z"));
    private final Messages messages = new Messages(Messages.INDONESIAN);
    private AccountService accounts;
    private final List<Session> sessions = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        accounts = TestAccounts.accounts(store, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private LoginViewModel login(String name, String password) {
        LoginViewModel vm = new LoginViewModel(accounts::login, messages, new CurrentThreadTaskRunner(), DEVICE,
                sessions::add);
        vm.username().set(name);
        vm.password().set(password);
        return vm;
    }

    private long auditRows() {
        return store.read(tx -> tx.audit().count());
    }

    @Test
    void theFirstAdministratorLogsInAsASessionOnThisDevice() {
        accounts.createFirstAdmin("Kepala.Bidang", GOOD, DEVICE);
        login("kepala.bidang", GOOD).submit();
        assertThat(sessions).containsExactly(new Session(new Actor("kepala.bidang", DEVICE)));
    }

    @Test
    void aWrongPasswordGetsTheServicesMessageAndNoSession() {
        accounts.createFirstAdmin("admin", GOOD, DEVICE);
        LoginViewModel vm = login("admin", "Salah-Sekali-1");
        vm.submit();
        assertThat(vm.message().get()).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(vm.error().get()).isTrue();
        assertThat(vm.password().get()).isEmpty();
        assertThat(vm.busy().get()).isFalse();
        assertThat(sessions).isEmpty();
    }

    @Test
    void afterFiveFailuresTheAccountWaitsAMinuteEvenForTheRightPassword() {
        accounts.createFirstAdmin("admin", GOOD, DEVICE);
        LoginViewModel vm = login("admin", "");
        for (int i = 1; i <= 5; i++) {
            vm.password().set("Salah-" + i + "-xyz");
            vm.submit();
        }
        assertThat(vm.message().get()).isEqualTo(messages.get("trust.login.nowLocked"));
        clock.advance(Duration.ofSeconds(20));
        vm.password().set(GOOD);
        vm.submit();
        // locked at 01:00:00 for 60 s, asked at 01:00:20: 40 s to go
        assertThat(vm.message().get()).isEqualTo(
                "Akun ini sedang dikunci karena terlalu sering gagal masuk. Coba lagi dalam 40 detik.");
        assertThat(sessions).isEmpty();
        clock.advance(Duration.ofSeconds(41));
        vm.password().set(GOOD);
        vm.submit();
        assertThat(sessions).hasSize(1);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndTheNewOneTwice() {
        accounts.createFirstAdmin("admin", GOOD, DEVICE);
        Session session = new Session(new Actor("admin", DEVICE));
        int[] changed = {0};
        ChangePasswordViewModel vm = new ChangePasswordViewModel(accounts, messages, new CurrentThreadTaskRunner(),
                session, () -> changed[0]++);
        String fresh = "Sawah-Padi-2025";
        vm.current().set(GOOD);
        vm.fresh().set(fresh);
        vm.repeat().set("Sawah-Padi-2024");
        vm.submit();
        assertThat(vm.message().get()).isEqualTo(messages.get("login.repeatMismatch"));
        vm.current().set("Bukan-Ini-123");
        vm.repeat().set(fresh);
        vm.submit();
        assertThat(vm.message().get()).isEqualTo(messages.get("trust.login.wrong"));
        assertThat(changed[0]).isZero();
        vm.current().set(GOOD);
        vm.repeat().set(fresh);
        vm.submit();
        assertThat(changed[0]).isEqualTo(1);

        login("admin", GOOD).submit();
        assertThat(sessions).isEmpty();
        login("admin", fresh).submit();
        assertThat(sessions).hasSize(1);
    }
}
