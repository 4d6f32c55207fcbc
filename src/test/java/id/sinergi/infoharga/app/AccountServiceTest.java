package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceTest {
    private static final String GOOD = "Harga-Cabai-2025";

    @TempDir
    Path folder;
    private Database db;
    private Store store;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-15T01:00:00Z"));
    private AccountService accounts;

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

    @Test
    void theFirstAdministratorEndsSetUpModeAndOnlyOnce() {
        assertThat(accounts.setupMode()).isTrue();
        UserAccount admin = accounts.createFirstAdmin("Kepala", GOOD, "pc");
        assertThat(admin.username()).isEqualTo("kepala");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.setupMode()).isFalse();
        assertThatThrownBy(() -> accounts.createFirstAdmin("lain", GOOD, "pc"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("sudah ada");
    }

    @Test
    void passwordsAreStoredAsArgon2idWithTheRequiredParametersAndNeverAudited() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        Optional<String> hash = store.read(tx -> tx.users().passwordHash("kepala"));
        assertThat(hash).hasValueSatisfying(h -> assertThat(h)
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(GOOD));
        List<AuditDao.AuditRow> audit = store.read(tx -> tx.audit().all());
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.entry().tableName()).isEqualTo("app_user");
            assertThat(r.entry().newValue()).contains("role=ADMIN").doesNotContain("argon2");
        });
    }

    @Test
    void shortCommonAndSameAsNamePasswordsAreRefused() {
        assertThatThrownBy(() -> accounts.createFirstAdmin("kepala", "Ab1-xyz", "pc"))
                .hasMessage("Kata sandi terlalu pendek: minimal 8 karakter.");
        assertThatThrownBy(() -> accounts.createFirstAdmin("kepala", "iloveyou", "pc"))
                .hasMessageContaining("terlalu umum");
        assertThatThrownBy(() -> accounts.createFirstAdmin("kepala", "Bismillah", "pc"))
                .hasMessageContaining("terlalu umum");
        assertThatThrownBy(() -> accounts.createFirstAdmin("kepala", "aaaaaaaaaaaa", "pc"))
                .hasMessageContaining("terlalu umum");
        assertThatThrownBy(() -> accounts.createFirstAdmin("kepala123", "KEPALA123", "pc"))
                .hasMessageContaining("sama dengan nama pengguna");
        assertThatThrownBy(() -> accounts.createFirstAdmin("Kepala Dinas", GOOD, "pc"))
                .hasMessageContaining("tidak sah");
        assertThat(accounts.setupMode()).isTrue();
    }

    @Test
    void fiveFailuresMakeTheAccountWaitOneMinute() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        assertThat(accounts.login("kepala", GOOD, "pc")).isEqualTo(new Actor("kepala", "pc"));
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> accounts.login("kepala", "salah-sandi", "pc"))
                    .hasMessage("Nama pengguna atau kata sandi salah.");
        }
        assertThatThrownBy(() -> accounts.login("kepala", "salah-sandi", "pc"))
                .hasMessageContaining("menunggu 1 menit");
        // Locked: even the right password waits.
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> accounts.login("kepala", GOOD, "pc"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("dalam 1 detik");
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.login("kepala", GOOD, "pc").username()).isEqualTo("kepala");
        assertThat(accounts.account("kepala").orElseThrow().failedLogins()).isZero();
    }

    /** Issue 12: wrong passwords locked a real account after five tries but never an unknown name. */
    @Test
    void anUnknownNameIsLockedAfterFiveTriesExactlyLikeARealAccount() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        for (String name : java.util.List.of("kepala", "siapa")) {
            java.util.List<String> answers = new java.util.ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                try {
                    accounts.login(name, "salah-sandi", "pc");
                    answers.add("masuk");
                } catch (AccessDeniedException e) {
                    answers.add(e.getMessage());
                }
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(answers).as(name).containsExactly(
                    "Nama pengguna atau kata sandi salah.",
                    "Nama pengguna atau kata sandi salah.",
                    "Nama pengguna atau kata sandi salah.",
                    "Nama pengguna atau kata sandi salah.",
                    "Nama pengguna atau kata sandi salah. Setelah 5 kali gagal, akun ini harus menunggu 1 menit.",
                    "Akun ini sedang dikunci karena terlalu sering gagal masuk. Coba lagi dalam 59 detik.");
            clock.advance(Duration.ofMinutes(1));
        }
        // After the minute both answer a wrong password as before; the real account lets its owner in.
        assertThatThrownBy(() -> accounts.login("siapa", GOOD, "pc")).hasMessage("Nama pengguna atau kata sandi salah.");
        assertThat(accounts.login("kepala", GOOD, "pc").username()).isEqualTo("kepala");
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        assertThatThrownBy(() -> accounts.login("siapa", GOOD, "pc"))
                .hasMessage("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void changingResettingAndDisabling() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        Actor admin = new Actor("kepala", "pc");
        accounts.createUser(admin, "budi", Role.OFFICER, "Pasar-Kutorejo-1");
        Actor budi = accounts.login("budi", "Pasar-Kutorejo-1", "hp");

        assertThatThrownBy(() -> accounts.changePassword(budi, "bukan-sandinya", "Sandi-Baru-Budi"))
                .isInstanceOf(AccessDeniedException.class);
        accounts.changePassword(budi, "Pasar-Kutorejo-1", "Sandi-Baru-Budi");
        assertThatThrownBy(() -> accounts.login("budi", "Pasar-Kutorejo-1", "hp"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.login("budi", "Sandi-Baru-Budi", "hp")).isEqualTo(budi);

        accounts.resetPassword(admin, "budi", "Direset-Admin-9");
        assertThat(accounts.login("budi", "Direset-Admin-9", "hp")).isEqualTo(budi);

        accounts.disable(admin, "budi");
        assertThatThrownBy(() -> accounts.login("budi", "Direset-Admin-9", "hp"))
                .hasMessage("Akun budi dinonaktifkan.");
        assertThatThrownBy(() -> accounts.disable(admin, "kepala"))
                .hasMessageContaining("sendiri");
        assertThatThrownBy(() -> accounts.createUser(admin, "budi", Role.ANALYST, GOOD))
                .hasMessageContaining("sudah dipakai");
    }

    @Test
    void assignmentsAreStoredAndAudited() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        Actor admin = new Actor("kepala", "pc");
        accounts.createUser(admin, "budi", Role.OFFICER, "Pasar-Kutorejo-1");
        UserAccount budi = accounts.assign(admin, "budi", List.of(3, 1), List.of(2));
        assertThat(budi.marketIds()).containsExactlyInAnyOrder(1, 3);
        assertThat(budi.outletIds()).containsExactly(2);
        assertThatThrownBy(() -> accounts.assign(admin, "budi", List.of(999), List.of()))
                .hasMessageContaining("tidak dikenal");
        List<AuditDao.AuditRow> audit = store.read(tx -> tx.audit().all());
        assertThat(audit.get(audit.size() - 1).entry().newValue()).isEqualTo(
                "role=OFFICER aktif=true pasar=[1, 3] gerai=[2]");
        assertThat(new AuditVerifier(store).verify().sound()).isTrue();
    }

    @Test
    void aDisabledAccountIsEnabledAgainWithItsAssignmentAndAnAuditRow() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        Actor admin = new Actor("kepala", "pc");
        accounts.createUser(admin, "budi", Role.OFFICER, "Pasar-Kutorejo-1");
        accounts.assign(admin, "budi", List.of(2), List.of());
        accounts.disable(admin, "budi");
        long before = store.read(tx -> tx.audit().count());

        UserAccount budi = accounts.enable(admin, "budi");

        assertThat(budi.active()).isTrue();
        assertThat(budi.marketIds()).containsExactly(2);
        assertThat(accounts.login("budi", "Pasar-Kutorejo-1", "hp").username()).isEqualTo("budi");
        List<AuditDao.AuditRow> audit = store.read(tx -> tx.audit().all());
        assertThat(audit).hasSize((int) before + 1);
        AuditDao.AuditRow last = audit.get(audit.size() - 1);
        assertThat(last.entry().actor()).isEqualTo("kepala");
        assertThat(last.entry().rowKey()).isEqualTo("budi");
        assertThat(last.entry().oldValue()).isEqualTo("role=OFFICER aktif=false pasar=[2] gerai=[]");
        assertThat(last.entry().newValue()).isEqualTo("role=OFFICER aktif=true pasar=[2] gerai=[]");
        assertThat(new AuditVerifier(store).verify().sound()).isTrue();

        // Enabling an active account changes nothing and says so.
        assertThatThrownBy(() -> accounts.enable(admin, "budi")).isInstanceOf(UserInputException.class)
                .hasMessage("Akun budi sudah aktif.");
        assertThat((long) store.read(tx -> tx.audit().count())).isEqualTo(before + 1);
    }

    @Test
    void onlyAnAdministratorEnablesAndNobodyCanRemoveTheLastActiveAdministrator() {
        accounts.createFirstAdmin("kepala", GOOD, "pc");
        Actor kepala = new Actor("kepala", "pc");
        accounts.createUser(kepala, "wakil", Role.ADMIN, "Wakil-Kepala-22");
        accounts.createUser(kepala, "sari", Role.ANALYST, "Analis-Harga-33");
        accounts.createUser(kepala, "budi", Role.OFFICER, "Pasar-Kutorejo-1");
        accounts.disable(kepala, "budi");
        Actor sari = new Actor("sari", "pc");
        assertThatThrownBy(() -> accounts.enable(sari, "budi")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Akun sari (analis) tidak berwenang melakukan ini.");
        assertThat(accounts.account("budi").orElseThrow().active()).isFalse();

        // Two administrators: one may disable the other, never themself, so one active administrator is always left.
        accounts.disable(kepala, "wakil");
        Actor wakil = new Actor("wakil", "pc");
        assertThatThrownBy(() -> accounts.disable(wakil, "kepala")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Akun wakil dinonaktifkan.");
        assertThatThrownBy(() -> accounts.disable(kepala, "kepala")).isInstanceOf(UserInputException.class)
                .hasMessage("Administrator tidak dapat menonaktifkan akunnya sendiri.");
        assertThat(accounts.users(kepala).stream().filter(u -> u.role() == Role.ADMIN && u.active())
                .map(UserAccount::username)).containsExactly("kepala");
    }
}
