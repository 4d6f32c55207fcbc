package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ReportSettingsService.ReportSettings;
import id.sinergi.infoharga.domain.report.Letterhead;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The letterhead and signature are set once; a logo is checked whole before it is copied into the data folder. */
class ReportSettingsServiceTest {
    @TempDir
    Path folder;
    @TempDir
    Path outside;
    Database db;
    Store store;
    ReportSettingsService service;
    final Actor admin = new Actor("admin", "laptop-kantor");

    @BeforeEach
    void open() {
        db = Database.open(folder);
        store = new Store(db);
        service = new ReportSettingsService(store, Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"),
                ZoneOffset.UTC), new Messages(Messages.INDONESIAN));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void noLetterheadByDefault() {
        Letterhead l = service.letterhead();
        assertThat(l.logo()).isNull();
        assertThat(l.office()).isEmpty();
        assertThat(l.hasSigner()).isFalse();
    }

    @Test
    void theSignatureIsSetOnceAndAudited() {
        service.save(admin, new ReportSettings(" Bagian Perekonomian dan SDA ", "Mojokerto", "Kepala Bagian",
                "Drs. Budi Santoso", "19700101 199503 1 001", "ignored"));
        Letterhead l = service.letterhead();
        assertThat(l.office()).isEqualTo("Bagian Perekonomian dan SDA");
        assertThat(l.nip()).isEqualTo("19700101 199503 1 001");
        assertThat(store.read(tx -> tx.audit().all()).stream().filter(a -> a.entry().tableName().equals("app_setting"))
                .map(a -> a.entry().rowKey()).toList()).containsExactlyInAnyOrder("report.letter.office",
                "report.signature.place", "report.signature.position", "report.signature.name",
                "report.signature.nip");
    }

    @Test
    void aNipWithLettersIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> service.save(admin, new ReportSettings("Kantor", "", "", "", "1970A", "")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("NIP hanya angka");
        assertThat(service.settings().office()).isEmpty();
    }

    @Test
    void aRealPngIsCopiedIntoTheDataFolder() throws IOException {
        byte[] logo = png(120, 140);
        Path chosen = Files.write(outside.resolve("logo-kabupaten.png"), logo);
        service.chooseLogo(admin, chosen);
        assertThat(service.settings().logoFile()).isEqualTo("report-logo.png");
        assertThat(Files.readAllBytes(folder.resolve("report-logo.png"))).isEqualTo(logo);
        assertThat(service.letterhead().logo()).isEqualTo(logo);
        // The copy is the report's: the original may go.
        Files.delete(chosen);
        assertThat(service.letterhead().logo()).isEqualTo(logo);
    }

    @Test
    void aNonImageLogoIsRefusedWithAMessageAndNothingChanges() throws IOException {
        byte[] good = png(64, 64);
        service.chooseLogo(admin, Files.write(outside.resolve("logo.png"), good));
        long auditRows = store.read(tx -> tx.audit().all()).size();

        Path text = Files.writeString(outside.resolve("logo-palsu.png"), "<svg onload=alert(1)>");
        assertThatThrownBy(() -> service.chooseLogo(admin, text)).isInstanceOf(UserInputException.class)
                .hasMessage("logo-palsu.png bukan gambar PNG atau JPEG yang utuh. Logo tidak diubah.");
        // A PNG signature followed by garbage: the header is right, the image is not.
        byte[] broken = Arrays.copyOf(good, 40);
        Path cut = Files.write(outside.resolve("terpotong.png"), broken);
        assertThatThrownBy(() -> service.chooseLogo(admin, cut)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("terpotong.png bukan gambar PNG atau JPEG");
        assertThatThrownBy(() -> service.chooseLogo(admin, outside.resolve("tidak-ada.png")))
                .isInstanceOf(UserInputException.class);

        assertThat(service.settings().logoFile()).isEqualTo("report-logo.png");
        assertThat(Files.readAllBytes(folder.resolve("report-logo.png"))).isEqualTo(good);
        assertThat(store.read(tx -> tx.audit().all()).size()).isEqualTo((int) auditRows);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anImageOfAbsurdSizeIsRefused() throws IOException {
        Path huge = Files.write(outside.resolve("besar.png"), png(4001, 2));
        assertThatThrownBy(() -> service.chooseLogo(admin, huge)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("4001 \u00d7 2 piksel");
        assertThat(service.settings().logoFile()).isEmpty();
    }

    @Test
    void failuresReachTheUserInTheirWordsNeverAsARawMessage() {
        Messages m = new Messages(Messages.INDONESIAN);
        assertThat(ProblemText.forUser(new UserInputException("Harga harus angka."), m))
                .isEqualTo("Harga harus angka.");
        assertThat(ProblemText.forUser(new IllegalStateException("no space left for the database"), m))
                .isEqualTo(m.get("error.unexpected")).doesNotContain("no space");
        assertThat(ProblemText.forUser(new RuntimeException(new id.sinergi.infoharga.store.StorageFullException(
                folder, new IOException("No space left on device"))), m))
                .isEqualTo(m.get("trust.storageFull", folder));
        assertThat(ProblemText.forUser(new WorkCancelledException(), m)).isEqualTo("Dibatalkan.");
    }
}
