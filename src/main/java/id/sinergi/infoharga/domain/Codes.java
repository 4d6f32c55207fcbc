package id.sinergi.infoharga.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for the stable text codes used in files and sync, and for matching names typed by people. */
public final class Codes {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private Codes() {
    }

    public static void requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("invalid code: " + code);
        }
    }

    /** Key for matching a code or a name regardless of case and spacing: " Pasar  Dinoyo" → "PASARDINOYO". */
    public static String matchKey(String text) {
        return text == null ? "" : text.replaceAll("[\\s_\\-.()]+", "").toUpperCase(Locale.ROOT);
    }
}
