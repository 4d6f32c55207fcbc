package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path data;

    /** Beras Medium at three markets on Monday of weeks 37 and 38 of 2025. */
    @BeforeAll
    static void load() {
        data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            Store store = new Store(db);
            Catalog catalog = new ReferenceDataService(store).catalog();
            int beras = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
            List<PricePoint> points = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int market = catalog.markets().get(i).id();
                points.add(new PricePoint(market, beras, LocalDate.of(2025, 9, 8), 12000 + 100L * i));
                points.add(new PricePoint(market, beras, LocalDate.of(2025, 9, 15), 12500 + 100L * i));
            }
            store.inTransaction(tx -> {
                tx.prices().insertBatch(points, "test", "test");
                // Rows written past the write paths: their kept sums (the report's weeks read them) made here.
                tx.prices().rebuildMonths(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
                return null;
            });
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (InfoHargaCommand root = new InfoHargaCommand(java.util.Map.of(InfoHargaCommand.USER_VARIABLE, "demo",
                InfoHargaCommand.PASSWORD_VARIABLE, id.sinergi.infoharga.testing.TestAccounts.PASSWORD))) {
            CommandLine cli = InfoHargaCommand.commandLine(root);
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
            all.addAll(List.of(args));
            int exit = cli.execute(all.toArray(String[]::new));
            return new Run(exit, out.toString(), err.toString());
        }
    }

    @Test
    void writesTheWeeklyReportInTheFormatOfTheFileName() throws Exception {
        Path csv = dir.resolve("minggu38.csv");
        Run r = run("report", "weekly", "--week", "2025-W38", "--out", csv.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2025-W38").contains(csv.toString());
        // (12000 + 12100 + 12200) / 3 = 12100 → (12500 + 12600 + 12700) / 3 = 12600: +500, +4.13 %
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .contains("BERAS-MEDIUM,Beras Medium,kg,HET Rp12.500,12100.00,12600.00,500.00,4.13,");
    }

    @Test
    void badInputExitsWithTwoAndAnIndonesianMessage() {
        Run week = run("report", "weekly", "--week", "2025-38", "--out", dir.resolve("a.pdf").toString());
        assertThat(week.exit()).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(week.err()).contains("Minggu tidak valid: 2025-38");
        Run type = run("report", "weekly", "--week", "2025-W38", "--out", dir.resolve("a.docx").toString());
        assertThat(type.exit()).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(type.err()).contains("Jenis berkas tidak dikenal");
        Run empty = run("report", "weekly", "--week", "2024-W01", "--out", dir.resolve("b.pdf").toString());
        assertThat(empty.exit()).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(empty.err()).contains("Belum ada harga");
        assertThat(dir.resolve("a.pdf")).doesNotExist();
        assertThat(dir.resolve("b.pdf")).doesNotExist();
    }

    @Test
    void briefIsPrintedOrSavedAsTheSameText() throws Exception {
        Run printed = run("report", "brief", "--date", "2025-09-15");
        assertThat(printed.exit()).isZero();
        assertThat(printed.out()).contains("Kabupaten Mojokerto").contains("15 Sep 2025");
        Path txt = dir.resolve("ringkasan.txt");
        Run saved = run("report", "brief", "--date", "2025-09-15", "--out", txt.toString());
        assertThat(saved.exit()).isZero();
        assertThat(Files.readString(txt, StandardCharsets.UTF_8)).isEqualTo(printed.out());
        Run bad = run("report", "brief", "--date", "15-09-2025");
        assertThat(bad.exit()).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
    }
}
