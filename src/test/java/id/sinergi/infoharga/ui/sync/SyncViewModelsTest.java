package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.sync.ConflictInfo;
import id.sinergi.infoharga.app.sync.DeviceInfo;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import id.sinergi.infoharga.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The three tabs of Pertukaran Data without a robot: Kirim & Terima, Perangkat and Konflik over real folders. */
class SyncViewModelsTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final TaskRunner tasks = new CurrentThreadTaskRunner();
    Laptop office;
    Laptop raya;
    Path outbox;

    @BeforeEach
    void twoDevices() throws IOException {
        office = new Laptop(dir.resolve("kantor"), "Laptop Kantor", clock);
        var accounts = office.context.accounts();
        accounts.createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
        Actor kepala = office.login("kepala");
        accounts.createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
        accounts.assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());
        accounts.createUser(kepala, "analis", Role.ANALYST, TestAccounts.PASSWORD);
        raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya", clock);
        raya.context.sync().startFrom(office.send("kepala", "awal.sinergi"), office.fingerprint(),
                WorkProgress.NONE);
        outbox = Files.createDirectories(dir.resolve("flashdisk"));
    }

    @AfterEach
    void close() {
        office.close();
        raya.close();
    }

    private ExchangeViewModel exchange(Laptop laptop, String user, boolean admin, List<Path> toRead) {
        return new ExchangeViewModel(laptop.context.sync(), laptop.context.messages(), tasks, dialogs,
                () -> laptop.login(user), () -> admin, new ExchangeViewModel.Files() {
            @Override
            public Optional<Path> folderToWriteTo() {
                return Optional.of(outbox);
            }

            @Override
            public List<Path> packagesToRead() {
                return toRead;
            }

            @Override
            public Optional<Path> folderToRead() {
                return Optional.of(outbox);
            }
        }, () -> { });
    }

    @Test
    void anOfficerSendsAndTheOfficeAcceptsTheLaptopOnFirstSight() throws IOException {
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500);
        ExchangeViewModel atRaya = exchange(raya, "budi", false, List.of());
        atRaya.send();
        Path sent = outbox.resolve("raya-mojosari-2026-12-01.sinergi");
        assertThat(sent).exists();
        assertThat(atRaya.messageProperty().get()).isEqualTo("2 perubahan ditulis ke " + sent.toAbsolutePath());
        assertThat(atRaya.failedProperty().get()).isFalse();

        // An analyst at the office may read packages, but not accept a new device: the package waits.
        ExchangeViewModel analyst = exchange(office, "analis", false, List.of(sent));
        analyst.receiveFiles();
        assertThat(analyst.rows()).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(ExchangeViewModel.Result.WAITING);
            assertThat(r.device()).isEqualTo("Laptop Pasar Raya");
            assertThat(r.note()).contains(raya.fingerprint());
        });

        // The administrator is asked with the device's name, id, fingerprint and user, accepts, and it applies.
        dialogs.choices.add(0);
        ExchangeViewModel admin = exchange(office, "kepala", true, List.of(sent));
        admin.receiveFiles();
        assertThat(dialogs.asked).singleElement().satisfies(q -> assertThat(q)
                .contains("Laptop Pasar Raya", raya.context.device().identity().id().toString(), raya.fingerprint(),
                        "Pengguna: budi"));
        assertThat(admin.rows()).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(ExchangeViewModel.Result.APPLIED);
            assertThat(r.fresh()).isEqualTo(2);
            assertThat(r.known()).isZero();
        });
        assertThat(admin.messageProperty().get()).isEqualTo(
                "Paket dibaca: 1 diterapkan, 0 ditolak, 0 menunggu perangkatnya diterima.");

        // The same package again, with a damaged copy, from a folder: one already held, one refused.
        byte[] bytes = Files.readAllBytes(sent);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(outbox.resolve("rusak.sinergi"), bytes);
        admin.receiveFolder();
        assertThat(admin.rows()).hasSize(3);
        assertThat(admin.rows().get(1).result()).isEqualTo(ExchangeViewModel.Result.APPLIED);
        assertThat(admin.rows().get(1).known()).isEqualTo(2);
        assertThat(admin.rows().get(2).result()).isEqualTo(ExchangeViewModel.Result.REFUSED);
        assertThat(admin.rows().get(2).note()).contains("Tidak ada yang diterapkan");
        assertThat(admin.failedProperty().get()).isTrue();
    }

    @Test
    void sendingAgainTheSameDayReplacesThePackageOnlyWhenTheOfficerSaysSo() throws IOException {
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000);
        ExchangeViewModel atRaya = exchange(raya, "budi", false, List.of());
        atRaya.send();
        Path sent = outbox.resolve("raya-mojosari-2026-12-01.sinergi");
        byte[] first = Files.readAllBytes(sent);
        raya.enter("budi", "RAYA-MJS", D1, "GULA-PASIR", 17_500);

        dialogs.choices.add(1);
        atRaya.send();
        assertThat(dialogs.asked).singleElement().satisfies(q -> assertThat(q)
                .startsWith("Berkas " + sent.toAbsolutePath() + " sudah ada. Ganti?"));
        assertThat(Files.readAllBytes(sent)).as("kept as it was").isEqualTo(first);

        dialogs.choices.add(0);
        atRaya.send();
        assertThat(atRaya.messageProperty().get()).isEqualTo("2 perubahan ditulis ke " + sent.toAbsolutePath());
        assertThat(Files.readAllBytes(sent)).isNotEqualTo(first);
        try (var files = Files.list(outbox)) {
            assertThat(files).as("no temporary file left").containsExactly(sent);
        }
    }

    @Test
    void writingStopsWhenCancelledAndLeavesNoFile() {
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000);
        List<String> progress = new ArrayList<>();
        TaskRunner cancelling = new TaskRunner() {
            @Override
            public <T> Handle run(Work<T> work, Listener onProgress, java.util.function.Consumer<? super T> onSuccess,
                                  java.util.function.Consumer<Throwable> onFailure) {
                try {
                    onSuccess.accept(work.run(new Progress() {
                        @Override
                        public void update(double fraction, String message) {
                            progress.add(message);
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    }));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
                return () -> { };
            }
        };
        ExchangeViewModel vm = new ExchangeViewModel(raya.context.sync(), raya.context.messages(), cancelling, dialogs,
                () -> raya.login("budi"), () -> false, new ExchangeViewModel.Files() {
            @Override
            public Optional<Path> folderToWriteTo() {
                return Optional.of(outbox);
            }

            @Override
            public List<Path> packagesToRead() {
                return List.of();
            }

            @Override
            public Optional<Path> folderToRead() {
                return Optional.empty();
            }
        }, () -> { });
        vm.send();
        assertThat(vm.messageProperty().get()).isEqualTo("Dibatalkan: tidak ada yang ditulis atau diterapkan.");
        assertThat(outbox.toFile().list()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void devicesAreAcceptedAndRevokedByAnAdministratorOnly() {
        Path sent = raya.send("budi", "raya.sinergi");
        exchange(office, "analis", false, List.of(sent)).receiveFiles();
        DevicesViewModel analyst = new DevicesViewModel(office.context.sync(), office.context.messages(), tasks,
                dialogs, () -> office.login("analis"), () -> false);
        analyst.load();
        assertThat(analyst.rows()).extracting(DeviceInfo::status)
                .containsExactly(DeviceInfo.Status.SELF, DeviceInfo.Status.PENDING);
        analyst.accept(analyst.rows().get(1));
        assertThat(analyst.messageProperty().get()).isEqualTo(
                "Hanya administrator yang menerima atau mencabut perangkat.");

        DevicesViewModel admin = new DevicesViewModel(office.context.sync(), office.context.messages(), tasks,
                dialogs, () -> office.login("kepala"), () -> true);
        admin.load();
        dialogs.choices.add(0);
        admin.accept(admin.rows().get(1));
        assertThat(dialogs.asked.get(dialogs.asked.size() - 1)).contains(raya.fingerprint());
        assertThat(admin.rows().get(1).status()).isEqualTo(DeviceInfo.Status.ACCEPTED);
        assertThat(admin.rows().get(1).relay()).isFalse();
        dialogs.choices.add(1);
        admin.revoke(admin.rows().get(1));
        assertThat(admin.rows().get(1).status()).as("cancelled").isEqualTo(DeviceInfo.Status.ACCEPTED);
        dialogs.choices.add(0);
        admin.revoke(admin.rows().get(1));
        assertThat(admin.rows().get(1).status()).isEqualTo(DeviceInfo.Status.REVOKED);
        assertThat(admin.messageProperty().get()).contains("dicabut");
    }

    @Test
    void aConflictIsConfirmedOrReversedFromKonflik() {
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000);
        clock.advance(Duration.ofMinutes(5));
        // The office writes the same price after two other changes of its own: its counter is higher.
        office.enter("kepala", "RAYA-MJS", D1.minusDays(1), "GULA-PASIR", 17_000);
        office.enter("kepala", "RAYA-MJS", D1.minusDays(2), "GULA-PASIR", 17_100);
        office.enter("kepala", "RAYA-MJS", D1, "BERAS-MEDIUM", 12_900);
        Path sent = raya.send("budi", "raya.sinergi");
        dialogs.choices.add(0);
        exchange(office, "kepala", true, List.of(sent)).receiveFiles();

        ConflictsViewModel vm = new ConflictsViewModel(office.context.sync(), office.context.messages(), tasks,
                dialogs, () -> office.login("kepala"), () -> true, () -> { });
        vm.load();
        assertThat(vm.rows()).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("Beras Medium \u00b7 Pasar Raya Mojosari \u00b7 30 Nov 2026");
            assertThat(c.winner().value()).isEqualTo("Rp12.900");
            assertThat(c.loser().value()).isEqualTo("Rp13.000");
            assertThat(c.loser().device()).isEqualTo("Laptop Pasar Raya");
            assertThat(c.decision()).isNull();
        });
        dialogs.choices.add(1);
        vm.reverse(vm.rows().get(0));
        assertThat(vm.rows().get(0).decision()).as("cancelled").isNull();
        dialogs.choices.add(0);
        vm.reverse(vm.rows().get(0));
        assertThat(vm.rows().get(0).decision()).isEqualTo(ConflictInfo.Decision.REVERSED);
        assertThat(office.context.entries().marketDay(office.market("RAYA-MJS"), D1)).singleElement()
                .satisfies(o -> assertThat(o.priceRp()).isEqualTo(13_000));

        ConflictsViewModel analyst = new ConflictsViewModel(office.context.sync(), office.context.messages(), tasks,
                dialogs, () -> office.login("analis"), () -> false, () -> { });
        analyst.load();
        analyst.confirm(analyst.rows().get(0));
        assertThat(analyst.messageProperty().get()).isEqualTo(
                "Hanya administrator yang mengonfirmasi atau membalik konflik.");
    }
}
