package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.SettingsService.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StartHintTest {
    @TempDir
    Path folder;

    @Test
    void aFolderWithoutHintHasNone() {
        assertThat(StartHint.read(folder)).isEmpty();
    }

    @Test
    void theHintWrittenIsTheHintRead() {
        new StartHint(Language.ENGLISH, true).write(folder);
        assertThat(StartHint.read(folder)).contains(new StartHint(Language.ENGLISH, true));
        new StartHint(Language.INDONESIAN, false).write(folder);
        assertThat(StartHint.read(folder)).contains(new StartHint(Language.INDONESIAN, false));
        assertThat(folder.resolve(StartHint.FILE + ".tmp")).doesNotExist();
    }

    @Test
    void anUnreadableOrStrangeFileIsNoHint() throws Exception {
        Files.writeString(folder.resolve(StartHint.FILE), "language=fr\naccounts=true\n");
        assertThat(StartHint.read(folder)).isEmpty();
        Files.write(folder.resolve(StartHint.FILE), new byte[] {'\\', 'u', '0', '0', 'z', 'z'});
        assertThat(StartHint.read(folder)).isEmpty();
        Files.delete(folder.resolve(StartHint.FILE));
        Files.createDirectory(folder.resolve(StartHint.FILE));
        assertThat(StartHint.read(folder)).isEmpty();
    }

    @Test
    void aFolderThatCannotTakeTheHintStillStarts() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        new StartHint(Language.INDONESIAN, true).write(notAFolder);
        assertThat(StartHint.read(notAFolder)).isEmpty();
    }
}
