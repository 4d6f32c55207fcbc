package id.sinergi.infoharga.ui.setup;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-up wizard's other way in (issue 13 within issue 15's wizard): a new officer's laptop starts from the
 * office's package instead of creating an administrator, once the person confirms the office device's fingerprint;
 * saying no leaves the folder in set-up mode with nothing applied.
 */
class StartFromPackageViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aNewLaptopStartsFromTheOfficePackageOnlyAfterTheFingerprintIsConfirmed() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
        try (Laptop office = new Laptop(dir.resolve("kantor"), "Laptop Kantor", clock);
             Laptop raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya", clock)) {
            office.context.accounts().createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
            Actor kepala = office.login("kepala");
            office.context.accounts().createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
            office.context.accounts().assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());
            Path start = office.send("kepala", "awal.sinergi");

            ScriptedDialogs dialogs = new ScriptedDialogs();
            List<String> notes = new ArrayList<>();
            StartFromPackageViewModel model = new StartFromPackageViewModel(raya.context.sync(),
                    raya.context.messages(), new CurrentThreadTaskRunner(), dialogs, () -> Optional.of(start),
                    notes::add);

            dialogs.choices.add(1);
            model.start();
            assertThat(dialogs.asked).singleElement().satisfies(q -> assertThat(q)
                    .contains("awal.sinergi", "Laptop Kantor", office.fingerprint(), "kepala",
                            "Apakah sidik jari ini sama dengan yang dibacakan kantor?"));
            assertThat(notes).isEmpty();
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.messageProperty().get()).isEmpty();
            assertThat(raya.context.accounts().setupMode()).as("nothing applied").isTrue();

            dialogs.choices.add(0);
            model.start();
            // kepala's account, budi's account and budi's market.
            assertThat(notes).containsExactly(
                    "Data kantor dimuat: 3 perubahan. Masuk dengan akun yang dibuat kantor untuk Anda.");
            assertThat(raya.context.accounts().setupMode()).isFalse();
            assertThat(raya.checkLogin("budi").username()).isEqualTo("budi");
            assertThat(raya.accounts()).isEqualTo(office.accounts());

            // Once started, the folder is no longer empty: a second start is refused in words.
            dialogs.choices.add(0);
            model.start();
            assertThat(model.messageProperty().get()).startsWith("Hanya folder data yang masih kosong");
            assertThat(notes).hasSize(1);
        }
    }
}
