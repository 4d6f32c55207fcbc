package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.app.WorkCancelledException;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import id.sinergi.infoharga.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Sinkronkan without a robot, over a scripted service: its lines and dialog in Indonesian and English. */
class ServerSyncViewModelTest {
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final Actor budi = new Actor("budi", "laptop");
    int synced;

    /** Answers as the script says and remembers what progress it saw. */
    static final class ScriptedPort implements ServerSyncPort {
        boolean configured = true;
        Counts counts;
        RuntimeException failure;
        Consumer<WorkProgress> during = p -> { };
        final List<String> calls = new ArrayList<>();

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public Counts syncNow(Actor actor, WorkProgress progress) {
            calls.add("sync " + actor.username());
            during.accept(progress);
            if (failure != null) {
                throw failure;
            }
            return counts;
        }

        @Override
        public Optional<Instant> lastSync() {
            return Optional.empty();
        }
    }

    private ServerSyncViewModel model(ScriptedPort port, String language, TaskRunner tasks) {
        return new ServerSyncViewModel(port, new Messages(java.util.Locale.forLanguageTag(language)), tasks, dialogs,
                () -> budi, () -> synced++);
    }

    @Test
    void theCountsAreSaidInALineAndInADialogInIndonesian() {
        ScriptedPort port = new ScriptedPort();
        port.counts = new ServerSyncPort.Counts(12, 340, 5, 1, 0);
        dialogs.choices.add(0);
        ServerSyncViewModel model = model(port, "id-ID", new CurrentThreadTaskRunner());

        model.sync();

        assertThat(model.messageProperty().get()).isEqualTo("Sinkron selesai: 12 terkirim, 340 baru diterima, 5 sudah"
                + " ada, 1 konflik, 0 menunggu penerimaan.");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(dialogs.asked).containsExactly("Perubahan terkirim ke server: 12\nPerubahan baru diterima: 340\n"
                + "Sudah ada di perangkat ini: 5\nKonflik: 1\nMenunggu penerimaan administrator: 0 [OK]");
        assertThat(synced).isEqualTo(1);
        assertThat(port.calls).containsExactly("sync budi");
    }

    @Test
    void changesWaitingForAcceptanceAreExplainedInEnglish() {
        ScriptedPort port = new ScriptedPort();
        port.counts = new ServerSyncPort.Counts(3, 1200, 0, 0, 3);
        dialogs.choices.add(0);
        ServerSyncViewModel model = model(port, "en", new CurrentThreadTaskRunner());

        model.sync();

        assertThat(model.messageProperty().get()).isEqualTo("Sync finished: 3 sent, 1,200 received new, 0 already"
                + " known, 0 conflicts, 3 waiting for acceptance. This device's changes wait on the server until an"
                + " administrator accepts this device; then they count for everyone.");
        assertThat(dialogs.asked.get(0)).startsWith("Changes sent to the server: 3\nNew changes received: 1,200\n")
                .contains("Waiting for the administrator's acceptance: 3");
    }

    @Test
    void withoutAServerItSaysWhereToSetOneAndNeverSyncs() {
        ScriptedPort port = new ScriptedPort();
        port.configured = false;
        ServerSyncViewModel model = model(port, "id-ID", new CurrentThreadTaskRunner());

        model.sync();

        assertThat(model.messageProperty().get()).isEqualTo("Belum ada server pusat. Isi alamat dan akunnya di"
                + " Pengaturan \u2192 Server pusat (tombol Pengaturan di kiri bawah).");
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(port.calls).isEmpty();
        assertThat(dialogs.asked).isEmpty();
        assertThat(synced).isZero();
    }

    @Test
    void noNetworkIsTheServiceLineAloneAndNothingIsRefreshed() {
        ScriptedPort port = new ScriptedPort();
        port.failure = new UserInputException("Server pusat tidak dapat dihubungi (10.0.0.5:5432). Tidak ada yang"
                + " diubah.");
        ServerSyncViewModel model = model(port, "id-ID", new CurrentThreadTaskRunner());

        model.sync();

        assertThat(model.messageProperty().get()).isEqualTo("Server pusat tidak dapat dihubungi (10.0.0.5:5432)."
                + " Tidak ada yang diubah.");
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(synced).isZero();
        assertThat(model.lastProperty().get()).isNull();
    }

    @Test
    void progressIsShownWhileItRunsAndBatalStopsIt() {
        ScriptedPort port = new ScriptedPort();
        List<Double> seen = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        ServerSyncViewModel[] holder = new ServerSyncViewModel[1];
        port.during = p -> {
            p.update(0.25, "Mengirim 1 dari 4 kelompok");
            seen.add(holder[0].progressProperty().get());
            lines.add(holder[0].messageProperty().get());
            assertThat(holder[0].busyProperty().get()).isTrue();
            holder[0].cancel();
            assertThat(p.cancelled()).isTrue();
            throw new WorkCancelledException();
        };
        holder[0] = model(port, "id-ID", new CurrentThreadTaskRunner());

        holder[0].sync();

        assertThat(seen).containsExactly(0.25);
        assertThat(lines).containsExactly("Mengirim 1 dari 4 kelompok");
        assertThat(holder[0].busyProperty().get()).isFalse();
        assertThat(holder[0].messageProperty().get()).isEqualTo("Sinkron dibatalkan. Yang sudah diterapkan tetap;"
                + " Sinkronkan berikutnya melanjutkan dari sana.");
        assertThat(holder[0].failedProperty().get()).isFalse();
        assertThat(synced).isZero();
    }
}
