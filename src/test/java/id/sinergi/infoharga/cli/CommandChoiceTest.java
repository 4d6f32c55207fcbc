package id.sinergi.infoharga.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command the launcher builds picocli's model for: the one named, or all when in doubt. */
class CommandChoiceTest {
    @Test
    void theNamedCommandAfterTheRootOptions() {
        assertThat(InfoHargaCommand.commandNamed(new String[] {"--data-dir", "markets", "--user", "admin",
                "import", "prices", "x.csv"})).isEqualTo("import");
        assertThat(InfoHargaCommand.commandNamed(new String[] {"--data-dir=/x", "markets"})).isEqualTo("markets");
        assertThat(InfoHargaCommand.commandNamed(new String[] {"help", "markets"})).isNull();
        assertThat(InfoHargaCommand.commandNamed(new String[] {"marketz"})).isNull();
        assertThat(InfoHargaCommand.commandNamed(new String[] {"--version"})).isNull();
    }

    @Test
    void theWindowOnlyWithRootOptionsAlone() {
        assertThat(InfoHargaCommand.opensTheWindow(new String[] {})).isTrue();
        assertThat(InfoHargaCommand.opensTheWindow(new String[] {"--data-dir", "/x", "--user=admin"})).isTrue();
        assertThat(InfoHargaCommand.opensTheWindow(new String[] {"--data-dir", "/x", "--help"})).isFalse();
        assertThat(InfoHargaCommand.opensTheWindow(new String[] {"-V"})).isFalse();
        assertThat(InfoHargaCommand.opensTheWindow(new String[] {"--bogus"})).isFalse();
        assertThat(InfoHargaCommand.opensTheWindow(new String[] {"markets"})).isFalse();
    }
}
