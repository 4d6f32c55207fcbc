package id.sinergi.infoharga.domain;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Strict reading of a Rupiah amount typed by a person or found in a file: {@code 12500}, {@code 12.500} or
 * {@code 12,500} (thousands separators in groups of three). No decimals, signs, letters or spaces inside.
 */
public final class PriceText {
    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(\\.\\d{3}){1,4}");
    private static final Pattern COMMA = Pattern.compile("\\d{1,3}(,\\d{3}){1,4}");

    private PriceText() {
    }

    /** The amount, or empty when the text is not a whole Rupiah amount written as above. Zero is allowed here. */
    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.strip();
        if (PLAIN.matcher(t).matches() || DOTTED.matcher(t).matches() || COMMA.matcher(t).matches()) {
            return OptionalLong.of(Long.parseLong(t.replace(".", "").replace(",", "")));
        }
        return OptionalLong.empty();
    }

    /** Indonesian grouping without the currency: 12500 → "12.500". */
    public static String group(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return (amount < 0 ? "-" : "") + out;
    }

    /** "Rp12.500", the way amounts are written on every screen and report. */
    public static String rupiah(long amount) {
        return (amount < 0 ? "-Rp" : "Rp") + group(Math.abs(amount));
    }
}
