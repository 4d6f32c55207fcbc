package id.sinergi.infoharga.app;

import id.sinergi.infoharga.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The desktop builds its AppContext before it can read the chosen language: once it switches the context's words,
 * the services' refusals come in that language too.
 */
class MessagesLanguageTest {
    @TempDir
    Path folder;

    @Test
    void servicesSpeakTheLanguageTheContextWasSwitchedTo() {
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), new Messages(Messages.INDONESIAN))) {
            assertThatThrownBy(() -> context.accounts().createFirstAdmin("kepala", "pendek", "pc"))
                    .hasMessage("Kata sandi terlalu pendek: minimal 8 karakter.");

            context.messages().use(Locale.ENGLISH);

            assertThat(context.messages().locale()).isEqualTo(Locale.ENGLISH);
            assertThatThrownBy(() -> context.accounts().createFirstAdmin("kepala", "pendek", "pc"))
                    .hasMessage("The password is too short: at least 8 characters.");
            assertThat(context.authorizer().roleName(id.sinergi.infoharga.domain.Role.OFFICER))
                    .isEqualTo("market officer");

            context.messages().use(Messages.INDONESIAN);
            assertThat(context.authorizer().roleName(id.sinergi.infoharga.domain.Role.OFFICER))
                    .isEqualTo("petugas pasar");
        }
    }
}
