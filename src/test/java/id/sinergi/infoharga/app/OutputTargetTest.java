package id.sinergi.infoharga.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one guard of every file written at a path a person chose (issue 12, finding 1). */
class OutputTargetTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path dir;

    private Path data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String name : List.of("infoharga.mv.db", "infoharga.lock", "infoharga.head", "device.properties",
                "device.key", "logs/info-harga.log", "backup/infoharga-2025-09-15.zip",
                "backup/before-compact-20250915-050000.zip")) {
            Files.createDirectories(data.resolve(name).getParent());
            Files.writeString(data.resolve(name), "asli " + name);
        }
        return data;
    }

    @Test
    void nothingInsideTheDataFolderIsWrittenWhateverSpellingLinkOrCaseReachesIt() throws IOException {
        Path data = data();
        OutputTarget guard = new OutputTarget(data, ID);
        Path folderLink = Files.createSymbolicLink(dir.resolve("tautan"), data);
        List<Path> own;
        try (var files = Files.walk(data)) {
            own = files.filter(Files::isRegularFile).toList();
        }
        List<Path> spellings = new ArrayList<>();
        for (Path file : own) {
            Path rel = data.relativize(file);
            spellings.add(file);
            spellings.add(dir.resolve("x/../data").resolve(rel));
            spellings.add(folderLink.resolve(rel));
            spellings.add(file.resolveSibling(file.getFileName().toString().toUpperCase(Locale.ROOT)));
            spellings.add(Files.createSymbolicLink(dir.resolve("link-" + file.getFileName()), file));
        }
        // A new file in the folder, and the folder itself, are refused as well.
        spellings.add(data.resolve("laporan.txt"));
        spellings.add(folderLink.resolve("logs/baru.log"));
        for (Path target : spellings) {
            for (boolean replace : List.of(false, true)) {
                assertThatThrownBy(() -> guard.write(target, replace, out -> out.write("TIMPA".getBytes(
                        StandardCharsets.UTF_8))))
                        .as(target + " replace=" + replace)
                        .isInstanceOf(UserInputException.class)
                        .hasMessageContaining("berada di dalam folder data aplikasi");
            }
        }
        for (Path file : own) {
            assertThat(Files.readString(file)).isEqualTo("asli " + data.relativize(file).toString()
                    .replace('\\', '/'));
        }
        try (var files = Files.walk(data)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(own.size());
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAskedAndThroughARename() throws IOException {
        OutputTarget guard = new OutputTarget(data(), ID);
        Path report = Files.writeString(dir.resolve("laporan.txt"), "lama");
        Path hardLink = Files.createLink(dir.resolve("tautan-keras.txt"), report);
        assertThatThrownBy(() -> guard.write(report, false, out -> out.write('x')))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Berkas " + report + " sudah ada. Tambahkan --force untuk menggantinya. Tidak ada yang"
                        + " diubah.");
        assertThat(Files.readString(report)).isEqualTo("lama");

        guard.write(report, true, out -> out.write("baru".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(report)).isEqualTo("baru");
        // Renamed over the name, never written into the old file: another name of that file keeps its content.
        assertThat(Files.readString(hardLink)).isEqualTo("lama");
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        OutputTarget guard = new OutputTarget(data(), ID);
        Path report = Files.writeString(dir.resolve("laporan.txt"), "lama");
        assertThatThrownBy(() -> guard.write(report, true, out -> {
            out.write("setengah".getBytes(StandardCharsets.UTF_8));
            throw new IOException("putus");
        })).isInstanceOf(UserInputException.class).hasMessageContaining("putus");
        assertThat(Files.readString(report)).isEqualTo("lama");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aFolderOrAMissingFolderIsOneSentence() throws IOException {
        OutputTarget guard = new OutputTarget(data(), ID);
        Path folder = Files.createDirectories(dir.resolve("simpan"));
        assertThatThrownBy(() -> guard.write(folder, true, out -> out.write('x')))
                .isInstanceOf(UserInputException.class)
                .hasMessage(folder + " adalah folder, bukan berkas. Sebutkan nama berkas, misalnya " + folder
                        + "/cadangan.zip. Tidak ada yang diubah.");
        assertThatThrownBy(() -> guard.write(dir.resolve("tidak/ada.txt"), false, out -> out.write('x')))
                .isInstanceOf(UserInputException.class).hasMessageContaining("tidak ada");
    }
}
