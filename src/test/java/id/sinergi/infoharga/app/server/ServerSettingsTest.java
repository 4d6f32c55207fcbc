package id.sinergi.infoharga.app.server;

import id.sinergi.infoharga.domain.DeviceKeys;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.store.server.ServerSettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server password is kept encrypted under this device's key: the settings file never holds it as text, this
 * folder reads it back, and the same file beside another device's key reads as "no password kept".
 */
class ServerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void thePasswordIsKeptEncryptedAndOnlyThisDeviceReadsIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("raya"));
        DeviceKeys keys = DeviceFile.loadOrCreate(folder, "Laptop Raya");
        ServerSettings settings = new ServerSettings(new ServerSettingsFile(folder), keys);
        settings.saveUrl("jdbc:postgresql://10.0.0.5/infoharga");
        settings.saveAccount("budi", "ih_infoharga_mojokerto_budi", "Kata5andiServerBudi".toCharArray());
        UUID server = UUID.randomUUID();
        settings.saveServer("mojokerto", server);
        settings.saveLastSync(Instant.parse("2026-12-03T05:00:00Z"));

        String text = Files.readString(folder.resolve(ServerSettingsFile.NAME));
        assertThat(text).doesNotContain("Kata5andiServerBudi").contains("account.budi.password=");
        assertThat(settings.toString()).doesNotContain("Kata5andi");
        ServerSettings again = new ServerSettings(new ServerSettingsFile(folder), keys);
        assertThat(again.password("budi")).hasValueSatisfying(p -> assertThat(new String(p))
                .isEqualTo("Kata5andiServerBudi"));
        assertThat(again.role("budi")).contains("ih_infoharga_mojokerto_budi");
        assertThat(again.url()).contains("jdbc:postgresql://10.0.0.5/infoharga");
        assertThat(again.regency()).contains("mojokerto");
        assertThat(again.serverId()).contains(server);
        assertThat(again.lastSync()).contains(Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(again.hasPassword("budi")).isTrue();
        assertThat(again.password("sari")).isEmpty();

        // The file copied next to another device's key: unreadable, as if no password were kept.
        Path other = Files.createDirectories(dir.resolve("lain"));
        Files.copy(folder.resolve(ServerSettingsFile.NAME), other.resolve(ServerSettingsFile.NAME));
        ServerSettings stolen = new ServerSettings(new ServerSettingsFile(other),
                DeviceFile.loadOrCreate(other, "Laptop Lain"));
        assertThat(stolen.password("budi")).isEmpty();
        // Tied to the account too: budi's sealed password does not open as sari's.
        String swapped = text.replace("account.budi.password", "account.sari.password");
        Files.writeString(folder.resolve(ServerSettingsFile.NAME), swapped);
        assertThat(new ServerSettings(new ServerSettingsFile(folder), keys).password("sari")).isEmpty();
    }
}
