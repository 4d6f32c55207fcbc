package id.sinergi.infoharga.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the system speaks English, for the first run's language: Java's locale (which the system's settings give
 * it) says English, and on Linux that comes from a locale variable, not from its absence: a system with none, or
 * "C"/"POSIX", also makes Java say "en", and is not taken for English.
 */
final class SystemLanguage {
    private SystemLanguage() {
    }

    static boolean isEnglish(Map<String, String> env, String osName, Locale javaLocale) {
        if (!javaLocale.getLanguage().equals("en")) {
            return false;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.startsWith("en");
            }
        }
        return false;
    }
}
