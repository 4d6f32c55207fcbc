package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.DeviceIdentity;
import id.sinergi.infoharga.domain.DeviceKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceFileTest {
    @TempDir
    Path folder;

    @Test
    void aNewFolderGetsOneIdentityThatLaterStartsReadBack() {
        DeviceKeys first = DeviceFile.loadOrCreate(folder, "Laptop Pasar Kemlagi");
        DeviceKeys again = DeviceFile.loadOrCreate(folder, "another name");

        assertThat(again.identity().id()).isEqualTo(first.identity().id());
        assertThat(again.identity().name()).isEqualTo("Laptop Pasar Kemlagi");
        assertThat(again.identity().encodedKey()).isEqualTo(first.identity().encodedKey());
        byte[] data = DeviceIdentity.utf8("manifest");
        assertThat(first.identity().signed(data, again.sign(data))).isTrue();
    }

    @Test
    void theSignatureFailsForOtherDataAndOtherDevices(@TempDir Path other) {
        DeviceKeys mine = DeviceFile.loadOrCreate(folder, "A");
        DeviceKeys theirs = DeviceFile.loadOrCreate(other, "B");
        byte[] data = DeviceIdentity.utf8("manifest");
        byte[] signature = mine.sign(data);
        byte[] flipped = Arrays.copyOf(data, data.length);
        flipped[0] ^= 1;

        assertThat(mine.identity().signed(flipped, signature)).isFalse();
        assertThat(theirs.identity().signed(data, signature)).isFalse();
        assertThat(theirs.identity().id()).isNotEqualTo(mine.identity().id());
    }

    @Test
    void thePrivateKeyIsReadableByTheOwnerOnly() throws Exception {
        DeviceFile.loadOrCreate(folder, "A");
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(
                    DeviceFile.PRIVATE_KEY)))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(folder.resolve(DeviceFile.PROPERTIES))).doesNotContain(
                Files.readString(folder.resolve(DeviceFile.PRIVATE_KEY)).strip());
    }

    @Test
    void aFolderMissingHalfItsIdentityIsRefusedNotGivenANewOne() throws Exception {
        DeviceFile.loadOrCreate(folder, "A");
        Files.delete(folder.resolve(DeviceFile.PRIVATE_KEY));

        assertThatThrownBy(() -> DeviceFile.loadOrCreate(folder, "A")).isInstanceOf(StoreException.class)
                .hasMessageContaining(DeviceFile.PRIVATE_KEY);
        assertThat(folder.resolve(DeviceFile.PRIVATE_KEY)).doesNotExist();
    }

    @Test
    void aKeyThatDoesNotMatchItsPublicHalfIsRefused(@TempDir Path other) throws Exception {
        DeviceFile.loadOrCreate(folder, "A");
        DeviceFile.loadOrCreate(other, "B");
        Files.copy(other.resolve(DeviceFile.PRIVATE_KEY), folder.resolve(DeviceFile.PRIVATE_KEY),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> DeviceFile.load(folder)).isInstanceOf(StoreException.class);
    }

    @Test
    void renamingKeepsIdAndKeys() {
        DeviceKeys before = DeviceFile.loadOrCreate(folder, "old");
        DeviceKeys after = DeviceFile.rename(folder, "  Laptop   Bagian Perekonomian ");

        assertThat(after.identity().name()).isEqualTo("Laptop Bagian Perekonomian");
        assertThat(DeviceFile.load(folder).identity().name()).isEqualTo("Laptop Bagian Perekonomian");
        assertThat(after.identity().id()).isEqualTo(before.identity().id());
        assertThat(DeviceIdentity.fingerprintOf(after.identity().encodedKey()))
                .isEqualTo(before.identity().fingerprint()).matches("([0-9a-f]{4} ){7}[0-9a-f]{4}");
    }
}
