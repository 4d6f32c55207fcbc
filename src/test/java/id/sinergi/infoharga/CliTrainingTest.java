package id.sinergi.infoharga;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.cli.InfoHargaCommand;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The installer's training run of the command line's cache must run every command it names, or fail the build. */
class CliTrainingTest {
    static final Map<String, String> ENV = Map.of(InfoHargaCommand.USER_VARIABLE, "latihan",
            InfoHargaCommand.PASSWORD_VARIABLE, "Latihan-Arsip-CDS-1");

    @TempDir
    Path dir;

    @Test
    void makesTheAccountTheDemoAndAWeeklyReportWithPrices() throws Exception {
        Path folder = dir.resolve("data");
        Path xlsx = CliTraining.train(folder, ENV, LocalDate.of(2026, 3, 4));

        assertThat(xlsx.getParent()).isEqualTo(dir);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isPositive();
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(5);
        }
        try (AppContext context = new AppContext(folder, Clock.systemDefaultZone(), new Messages(Messages.INDONESIAN))) {
            assertThat(context.accounts().setupMode()).isFalse();
            assertThat(context.accounts().login("latihan", "Latihan-Arsip-CDS-1", "test").username())
                    .isEqualTo("latihan");
        }
    }

    @Test
    void failsOnTheFirstCommandThatFails() {
        // The folder has its account already, so the training's "admin create" refuses, and nothing after it runs.
        Path folder = dir.resolve("data");
        String[] create = {"--data-dir", folder.toString(), "admin", "create", "--user", "latihan"};
        try (InfoHargaCommand root = new InfoHargaCommand(ENV)) {
            assertThat(InfoHargaCommand.commandLine(root).execute(create)).isZero();
        }

        assertThatThrownBy(() -> CliTraining.train(folder, ENV, LocalDate.of(2026, 3, 4)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("admin create");
        assertThat(dir.resolve("data-training-report.xlsx")).doesNotExist();
    }
}
