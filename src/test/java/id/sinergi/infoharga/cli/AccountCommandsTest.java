package id.sinergi.infoharga.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts on the command line: set-up mode, --user / INFO_HARGA_USER, passwords from the environment. */
class AccountCommandsTest {
    private static final String ADMIN_PASSWORD = "Kepala-Dinas-2025";
    private static final String OFFICER_PASSWORD = "Pasar-Kutorejo-1";

    @TempDir
    Path folder;
    @TempDir
    Path outside;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InfoHargaCommand root = new InfoHargaCommand(env);
        CommandLine cli = InfoHargaCommand.commandLine(root);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(List.of(args));
        int exit;
        try (root) {
            exit = cli.execute(all.toArray(String[]::new));
        }
        return new Run(exit, out.toString(), err.toString());
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void anAccountMayBeNamedLikeACommand() {
        // "admin" is also a command name; after --user it is the account.
        assertThat(run(env("INFO_HARGA_PASSWORD", ADMIN_PASSWORD), "admin", "create", "--user", "admin").exit)
                .isZero();
        Run listed = run(env("INFO_HARGA_PASSWORD", ADMIN_PASSWORD), "--user", "admin", "markets");
        assertThat(listed.exit).as(listed.err).isZero();
        assertThat(listed.out).contains("Pasar Pandanarum");
    }

    @Test
    void fromSetUpModeToAccountsOnTheCommandLine() {
        Map<String, String> none = env();
        // Set-up mode: reading works without an account, writing says how to create the administrator.
        assertThat(run(none, "markets").exit).isZero();
        Run refused = run(none, "backup", "--out", folder.resolve("b.zip").toString());
        assertThat(refused.exit).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(refused.err).contains("info-harga admin create --user NAMA");

        Run created = run(env("INFO_HARGA_PASSWORD", ADMIN_PASSWORD), "admin", "create", "--user", "kepala");
        assertThat(created.exit).as(created.err).isZero();
        assertThat(created.out).contains("Administrator kepala dibuat");
        // Once there is an administrator, creating an account needs one logged in.
        assertThat(run(env("INFO_HARGA_PASSWORD", "password"), "admin", "create", "--user", "lain").err)
                .contains("Sebutkan pengguna dengan --user NAMA");

        // Now reading needs an account too.
        Run anonymous = run(none, "markets");
        assertThat(anonymous.exit).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(anonymous.err).contains("--user NAMA atau INFO_HARGA_USER");
        assertThat(run(env("INFO_HARGA_PASSWORD", "bukan-sandinya"), "--user", "kepala", "markets").err)
                .contains("Nama pengguna atau kata sandi salah.");
        Map<String, String> admin = env("INFO_HARGA_USER", "kepala", "INFO_HARGA_PASSWORD", ADMIN_PASSWORD);
        assertThat(run(admin, "markets").out).contains("Pasar Raya Mojosari");
        assertThat(run(admin, "verify").exit).isZero();

        Map<String, String> adminCreating = new HashMap<>(admin);
        adminCreating.put("INFO_HARGA_NEW_PASSWORD", OFFICER_PASSWORD);
        Run officer = run(adminCreating, "admin", "create", "--user", "budi", "--role", "OFFICER");
        assertThat(officer.exit).as(officer.err).isZero();
        assertThat(officer.out).contains("Akun budi (petugas pasar) dibuat.");
        Run assigned = run(admin, "admin", "assign", "--user", "budi", "--market", "Pasar Raya Mojosari");
        assertThat(assigned.exit).as(assigned.err).isZero();
        assertThat(assigned.out).contains("pasar [Pasar Raya Mojosari]");
        assertThat(run(admin, "admin", "users").out).contains("budi (petugas pasar)", "kepala (administrator)");

        // An officer may read but not back up, create users or assign.
        Map<String, String> budi = env("INFO_HARGA_PASSWORD", OFFICER_PASSWORD, "INFO_HARGA_NEW_PASSWORD",
                "Sandi-Baru-Budi");
        assertThat(run(budi, "--user", "budi", "markets").exit).isZero();
        Run backup = run(budi, "--user", "budi", "backup", "--out", folder.resolve("b.zip").toString());
        assertThat(backup.exit).isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(backup.err).contains("tidak berwenang");
        assertThat(run(budi, "--user", "budi", "admin", "create", "--user", "x-baru").err)
                .contains("tidak berwenang");
        assertThat(run(budi, "--user", "budi", "admin", "assign", "--user", "budi", "--market", "PSR-BANGSAL").exit)
                .isEqualTo(InfoHargaCommand.EXIT_BAD_INPUT);
        assertThat(run(budi, "--user", "budi", "password").exit).isZero();
        assertThat(run(env("INFO_HARGA_PASSWORD", "Sandi-Baru-Budi"), "--user", "budi", "markets").exit).isZero();

        // Outside the data folder: nothing a person names is written inside it (issue 12).
        Run adminBackup = run(admin, "backup", "--out", outside.resolve("b.zip").toString());
        assertThat(adminBackup.exit).as(adminBackup.err).isZero();
        assertThat(outside.resolve("b.zip")).exists();
        assertThat(run(admin, "admin", "disable", "--user", "budi").exit).isZero();
        assertThat(run(env("INFO_HARGA_PASSWORD", "Sandi-Baru-Budi"), "--user", "budi", "markets").err)
                .contains("dinonaktifkan");
        Run enable = run(admin, "admin", "enable", "--user", "budi");
        assertThat(enable.exit).as(enable.err).isZero();
        assertThat(enable.out).contains("Akun budi aktif lagi.");
        assertThat(run(env("INFO_HARGA_PASSWORD", "Sandi-Baru-Budi"), "--user", "budi", "markets").exit).isZero();
        assertThat(run(admin, "admin", "enable", "--user", "budi").err).contains("Akun budi sudah aktif.");
    }
}
