package id.sinergi.infoharga.ui.settings;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.SettingsService.Language;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pengaturan without a robot: Umum over a real data folder, Server pusat over a recording port (the real
 * ServerSettings is tested where it lives); Simpan checks every section before anything is written.
 */
class SettingsViewModelTest {
    @TempDir
    Path dir;
    Laptop laptop;
    Actor kepala;
    final Messages messages = new Messages(Messages.INDONESIAN);
    final RecordingPort port = new RecordingPort();
    int closed;

    @BeforeEach
    void folder() {
        laptop = new Laptop(dir.resolve("kantor"), "Laptop Kantor", Clock.systemUTC());
        laptop.context.accounts().createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
        kepala = laptop.login("kepala");
    }

    @AfterEach
    void close() {
        laptop.close();
    }

    /** Stores what it is given, as the real settings would, and says what a test should answer. */
    static final class RecordingPort implements ServerSettingsPort {
        Stored stored;
        final List<String> calls = new ArrayList<>();
        String testAnswer = "Terhubung";
        RuntimeException testFailure;

        @Override
        public Optional<Stored> stored() {
            return Optional.ofNullable(stored);
        }

        @Override
        public void save(Actor actor, String url, String user, String password) {
            calls.add("save " + url + " " + user + " " + password);
            stored = new Stored(url, user, password != null || (stored != null && stored.passwordStored()));
        }

        @Override
        public String test(String url, String user, String password) {
            calls.add("test " + url + " " + user + " " + password);
            if (testFailure != null) {
                throw testFailure;
            }
            return testAnswer;
        }
    }

    private GeneralSettingsViewModel general() {
        return new GeneralSettingsViewModel(laptop.context.settings(), Language.INDONESIAN, messages);
    }

    private ServerSettingsViewModel server() {
        ServerSettingsViewModel model = new ServerSettingsViewModel(port, messages, new CurrentThreadTaskRunner());
        model.load();
        return model;
    }

    private SettingsViewModel settings(SettingsPart... parts) {
        return new SettingsViewModel(List.of(parts), messages, new CurrentThreadTaskRunner(), () -> kepala,
                () -> closed++);
    }

    @Test
    void englishChosenIsStoredAndTheDialogCloses() {
        GeneralSettingsViewModel general = general();
        assertThat(general.names()).containsExactly("Bahasa Indonesia", "English");
        assertThat(general.changed()).isFalse();
        general.selectedProperty().set(1);
        assertThat(general.chosen()).isEqualTo(Language.ENGLISH);

        settings(general, server()).save();

        assertThat(closed).isEqualTo(1);
        assertThat(laptop.context.settings().storedLanguage()).contains(Language.ENGLISH);
        assertThat(port.calls).isEmpty();
    }

    @Test
    void aServerAddressWithoutThePostgresSchemeStopsSimpanAndNothingIsWritten() {
        GeneralSettingsViewModel general = general();
        general.selectedProperty().set(1);
        ServerSettingsViewModel server = server();
        server.urlProperty().set("http://server-kantor/infoharga");
        server.userProperty().set("budi");
        server.passwordProperty().set("rahasia-server");
        SettingsViewModel settings = settings(general, server);

        settings.save();

        assertThat(closed).isZero();
        assertThat(settings.problemAtProperty().get()).isEqualTo(1);
        assertThat(settings.messageProperty().get()).isEqualTo("Alamat server harus diawali jdbc:postgresql:// lalu"
                + " nama server, misalnya jdbc:postgresql://server-kantor:5432/infoharga.");
        // Umum had no problem, yet nothing of it was written either: all or nothing.
        assertThat(laptop.context.settings().storedLanguage()).isEmpty();
        assertThat(port.calls).isEmpty();
    }

    @Test
    void addressUserAndPasswordAreStoredTrimmedAndTheFieldForgetsThePassword() {
        ServerSettingsViewModel server = server();
        server.urlProperty().set("  jdbc:postgresql://10.0.0.5:5432/infoharga ");
        server.userProperty().set(" budi ");
        assertThat(server.problem()).contains("Isi kata sandi server (dari administrator).");
        server.passwordProperty().set("rahasia server");

        settings(general(), server).save();

        assertThat(closed).isEqualTo(1);
        assertThat(port.calls).containsExactly("save jdbc:postgresql://10.0.0.5:5432/infoharga budi rahasia server");
        assertThat(server.passwordProperty().get()).isEmpty();
    }

    @Test
    void anEmptyPasswordKeepsTheStoredOneAndNothingChangedWritesNothing() {
        port.stored = new ServerSettingsPort.Stored("jdbc:postgresql://10.0.0.5/infoharga", "budi", true);
        ServerSettingsViewModel server = server();
        assertThat(server.urlProperty().get()).isEqualTo("jdbc:postgresql://10.0.0.5/infoharga");
        assertThat(server.passwordStoredProperty().get()).isTrue();
        assertThat(server.problem()).isEmpty();
        assertThat(server.changed()).isFalse();

        settings(general(), server).save();
        assertThat(closed).isEqualTo(1);
        assertThat(port.calls).isEmpty();

        server.userProperty().set("siti");
        settings(general(), server).save();
        assertThat(port.calls).containsExactly("save jdbc:postgresql://10.0.0.5/infoharga siti null");
    }

    @Test
    void noServerAtAllWritesNothingButAStoredAddressCannotBeEmptied() {
        ServerSettingsViewModel none = server();
        assertThat(none.problem()).isEmpty();
        assertThat(none.changed()).isFalse();

        port.stored = new ServerSettingsPort.Stored("jdbc:postgresql://10.0.0.5/infoharga", "budi", true);
        ServerSettingsViewModel server = server();
        server.urlProperty().set("");
        server.userProperty().set("");
        SettingsViewModel settings = settings(general(), server);
        settings.save();

        assertThat(settings.problemAtProperty().get()).isEqualTo(1);
        assertThat(port.calls).isEmpty();
        assertThat(closed).isZero();
    }

    @Test
    void ujiKoneksiSaysInOneLineWhatItReachedOrWhyNot() {
        ServerSettingsViewModel server = server();
        server.testConnection();
        assertThat(server.failedProperty().get()).isTrue();
        assertThat(port.calls).isEmpty();

        server.urlProperty().set("jdbc:postgresql://127.0.0.1:5432/infoharga");
        server.userProperty().set("budi");
        server.passwordProperty().set("pw");
        port.testAnswer = "Terhubung ke PostgreSQL 16 sebagai budi.";
        server.testConnection();
        assertThat(server.resultProperty().get()).isEqualTo("Terhubung ke PostgreSQL 16 sebagai budi.");
        assertThat(server.failedProperty().get()).isFalse();

        port.testFailure = new UserInputException("Server tidak dapat dihubungi: 127.0.0.1:5432.");
        server.testConnection();
        assertThat(server.resultProperty().get()).isEqualTo("Server tidak dapat dihubungi: 127.0.0.1:5432.");
        assertThat(server.failedProperty().get()).isTrue();

        port.testFailure = new IllegalStateException("socket closed");
        server.testConnection();
        assertThat(server.resultProperty().get()).isEqualTo("Koneksi gagal: socket closed");
        assertThat(port.calls).hasSize(3).allMatch(c -> c.equals("test jdbc:postgresql://127.0.0.1:5432/infoharga"
                + " budi pw"));
        assertThat(port.stored).isNull();
    }
}
