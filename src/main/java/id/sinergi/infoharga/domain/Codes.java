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

    /**
     * A code for a new market from its name, not among {@code taken}: "Pasar Trawas" → "TRAWAS" (then "TRAWAS-2",
     * …); a name with no letters or digits gives "PASAR".
     */
    public static String suggest(String name, java.util.Collection<String> taken) {
        String base = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("(?i)^\\s*pasar\\s+", "").toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "PASAR";
        }
        base = base.substring(0, Math.min(28, base.length())).replaceAll("-+$", "");
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    /** Key for matching a code or a name regardless of case and spacing: " Pasar  Dinoyo" → "PASARDINOYO". */
    public static String matchKey(String text) {
        return text == null ? "" : text.replaceAll("[\\s_\\-.()]+", "").toUpperCase(Locale.ROOT);
    }
}
