package id.sinergi.infoharga.ui.reports;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReportSettingsService;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSettingsViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path outside;
    Database db;
    ReportSettingsService service;
    ReportSettingsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        Messages messages = new Messages(Messages.INDONESIAN);
        service = new ReportSettingsService(new Store(db), Clock.systemUTC(), messages);
        vm = new ReportSettingsViewModel(service, messages, new CurrentThreadTaskRunner(),
                new Actor("admin", "laptop"));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theTypedSignatureIsSavedAndSaid() {
        assertThat(vm.logoProperty().get()).isEqualTo("Tanpa logo");
        vm.placeProperty().set("Mojokerto");
        vm.signerNameProperty().set("Drs. Budi Santoso");
        vm.nipProperty().set("19700101 199503 1 001");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Kop dan tanda tangan tersimpan.");
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(service.letterhead().signerName()).isEqualTo("Drs. Budi Santoso");
    }

    @Test
    void aFileThatIsNoImageIsRefusedUnderTheFieldsAndTheLogoStays() throws IOException {
        vm.chooseLogo(Files.writeString(outside.resolve("kop.jpg"), "bukan gambar"));
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("kop.jpg bukan gambar PNG atau JPEG yang utuh. Logo tidak"
                + " diubah.");
        assertThat(vm.logoProperty().get()).isEqualTo("Tanpa logo");
        assertThat(vm.hasLogoProperty().get()).isFalse();
    }
}
