package id.sinergi.infoharga.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SystemLanguageTest {
    @Test
    void onLinuxJavasLocaleAndTheLocaleVariablesDecideAndAnUnsetOrCLocaleIsNotEnglish() {
        assertThat(SystemLanguage.isEnglish(Map.of("LANG", "en_US.UTF-8"), "Linux", Locale.ENGLISH)).isTrue();
        assertThat(SystemLanguage.isEnglish(Map.of("LANG", "id_ID.UTF-8"), "Linux", Locale.forLanguageTag("id")))
                .isFalse();
        assertThat(SystemLanguage.isEnglish(Map.of("LC_ALL", "id_ID.UTF-8", "LANG", "en_GB.UTF-8"), "Linux",
                Locale.ENGLISH)).isFalse();
        // -Duser.language=id (as the tests run) wins over an English environment.
        assertThat(SystemLanguage.isEnglish(Map.of("LANG", "en_US.UTF-8"), "Linux", Locale.forLanguageTag("id")))
                .isFalse();
        assertThat(SystemLanguage.isEnglish(Map.of(), "Linux", Locale.ENGLISH)).isFalse();
        assertThat(SystemLanguage.isEnglish(Map.of("LANG", "C.UTF-8"), "Linux", Locale.ENGLISH)).isFalse();
    }

    @Test
    void onWindowsAndMacJavasLocaleDecides() {
        assertThat(SystemLanguage.isEnglish(Map.of(), "Windows 11", Locale.US)).isTrue();
        assertThat(SystemLanguage.isEnglish(Map.of("LANG", "en_US"), "Windows 11", Locale.forLanguageTag("id-ID")))
                .isFalse();
        assertThat(SystemLanguage.isEnglish(Map.of(), "Mac OS X", Locale.UK)).isTrue();
    }
}
