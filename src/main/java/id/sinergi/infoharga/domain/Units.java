package id.sinergi.infoharga.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Units as price publishers write them ("Rp./Kg", "Rp/Liter", "/kg", "per ons", "Kilogram") read as the unit they
 * mean, so that a file's unit column can be held against the catalogue's and a commodity created from a file gets
 * "kg", not "Rp./Kg". Text that names no known unit is kept, cleaned of the currency and the slash.
 */
public final class Units {
    /** The longest unit the catalogue keeps (commodity.unit is VARCHAR(20)). */
    public static final int MAX_LENGTH = 20;

    private static final Pattern CURRENCY = Pattern.compile("^(rp|idr)\\.?\\s*");
    private static final Pattern PER = Pattern.compile("^(/|per\\s+)\\s*");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("kg", "kg"), Map.entry("kgs", "kg"), Map.entry("kilo", "kg"), Map.entry("kilogram", "kg"),
            Map.entry("l", "liter"), Map.entry("lt", "liter"), Map.entry("ltr", "liter"), Map.entry("liter", "liter"),
            Map.entry("litre", "liter"), Map.entry("ons", "ons"), Map.entry("g", "gram"), Map.entry("gr", "gram"),
            Map.entry("gram", "gram"), Map.entry("btr", "butir"), Map.entry("butir", "butir"),
            Map.entry("bks", "bungkus"), Map.entry("bungkus", "bungkus"), Map.entry("klg", "kaleng"),
            Map.entry("kaleng", "kaleng"), Map.entry("bh", "buah"), Map.entry("buah", "buah"),
            Map.entry("ikat", "ikat"), Map.entry("ekor", "ekor"), Map.entry("papan", "papan"));

    private Units() {
    }

    /**
     * The unit {@code text} means, lower case: "Rp./Kg", "Rp/kg", "/kg", "KG" → "kg"; "Rp./Liter", "Lt" → "liter";
     * "per ons" → "ons". Empty for null or blank text, or text that is only a currency ("Rp").
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        t = CURRENCY.matcher(t).replaceFirst("");
        t = PER.matcher(t).replaceFirst("");
        t = t.replaceAll("[.\\s]+$", "").replaceAll("\\s+", " ").strip();
        String plain = t.replace(".", "");
        return SYNONYMS.getOrDefault(plain, t);
    }

    /** Whether two unit texts mean the same unit ("Rp./Kg" and "kg" do; "ons" and "kg" do not). */
    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
