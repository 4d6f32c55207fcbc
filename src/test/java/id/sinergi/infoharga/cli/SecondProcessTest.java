package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SecondProcessTest {
    @TempDir
    Path folder;

    @Test
    void aSecondProcessOnTheSameFolderGetsAPlainMessageAndExitCode3() throws Exception {
        try (Database first = Database.open(folder)) {
            ChildJvm.Result second = ChildJvm.run("id.sinergi.infoharga.Launcher", "--data-dir", folder.toString(),
                    "markets");
            assertThat(second.exitCode()).isEqualTo(3);
            assertThat(second.err()).contains("Aplikasi sudah terbuka dengan folder data " + folder)
                    .doesNotContain("Exception");
            // The first process goes on undisturbed.
            assertThat(new ReferenceDataService(new Store(first)).catalog().markets()).hasSize(20);
        }
        ChildJvm.Result afterwards = ChildJvm.run("id.sinergi.infoharga.Launcher", "--data-dir", folder.toString(),
                "markets");
        assertThat(afterwards.exitCode()).isZero();
        assertThat(afterwards.out()).contains("Pasar Pandanarum");
    }
}
