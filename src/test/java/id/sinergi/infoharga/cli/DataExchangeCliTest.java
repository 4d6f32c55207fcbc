package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.PriceFiles;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The import, export and demo commands in-process, as a user at a terminal sees them. */
class DataExchangeCliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    /** The data folder has an administrator, "tester", as whom every command runs. */
    @BeforeEach
    void administrator() {
        try (Database db = Database.open(dir.resolve("data"))) {
            TestAccounts.admin(new Store(db), "tester");
        }
    }

    private Run run(String... args) {
        InfoHargaCommand root = new InfoHargaCommand(Map.of(InfoHargaCommand.USER_VARIABLE, "tester",
                InfoHargaCommand.PASSWORD_VARIABLE, TestAccounts.PASSWORD));
        CommandLine cli = InfoHargaCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, full, 2, args.length);
        try (root) {
            int exit = cli.execute(full);
            return new Run(exit, out.toString(), err.toString());
        }
    }

    @Test
    void importReportsEachProblemByLineAndExits2ThenImportsAGoodFileOnce() {
        Run bad = run("import", "prices", PriceFiles.resource(dir, "bad_price_line7.csv").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("baris 7: harga \"12,5\" tidak valid", "tidak ada data yang disimpan");

        String good = PriceFiles.resource(dir, "bom_semicolon.csv").toString();
        Run dry = run("import", "prices", good, "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("5 baris akan disimpan", "2 kosong", "tidak ada yang disimpan");

        Run first = run("import", "prices", good);
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("5 baris disimpan (5 baru, 0 diubah), 2 kosong tidak disimpan, 0 dilewati");

        Run second = run("import", "prices", good);
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("sudah pernah diimpor", "tidak ada yang berubah");

        Run export = run("export", "prices", "--from", "2025-02-01", "--to", "2025-02-28", "--market", "Pasar Dinoyo",
                "--out", dir.resolve("dinoyo.csv").toString());
        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("1 baris harga diekspor");
    }

    @Test
    void badFilesAndOptionsExitWith2AndAPlainMessage() {
        Run garbage = run("import", "prices", PriceFiles.garbage(dir.resolve("x.xlsx")).toString());
        assertThat(garbage.exit()).isEqualTo(2);
        assertThat(garbage.err()).contains("bukan berkas Excel .xlsx yang valid").doesNotContain("Exception");

        Run bomb = run("import", "prices", PriceFiles.zipBomb(dir).toString());
        assertThat(bomb.exit()).isEqualTo(2);
        assertThat(bomb.err()).contains("bom zip");

        Run unknown = run("import", "prices", PriceFiles.resource(dir, "unknown_market.csv").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("baris 2: pasar \"Pasar Antah Berantah\" tidak dikenal");

        Run badDate = run("export", "prices", "--from", "kemarin", "--to", "2025-01-01", "--out", "x.csv");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from", "kemarin");

        assertThat(run("demo", "--years", "0").exit()).isEqualTo(2);
        assertThat(run("import", "prices", "--columns", "harga=Rp", "x.csv").exit()).isEqualTo(2);
    }

    @Test
    void demoFillsTheFolderAndReportsProgressOnStderr() {
        Run demo = run("demo", "--years", "1", "--markets", "1", "--seed", "3", "--until", "2025-06-30");
        assertThat(demo.exit()).isZero();
        assertThat(demo.err()).contains("Tahun 2024 selesai", "Tahun 2025 selesai");
        assertThat(demo.out()).contains("1 pasar dan 35 komoditas", "2024-07-01 s.d. 2025-06-30", "WULANDARI");
    }
}
