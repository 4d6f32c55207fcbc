package id.sinergi.infoharga.ui.master;

import id.sinergi.infoharga.domain.PriceText;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Reading what is typed in the master-data forms: Rupiah ("12500", "12.500", "Rp12.500") and decimals ("3,81"). */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}([.,]\\d{1,4})?");

    private Numbers() {
    }

    /** A whole Rupiah amount; "Rp" in front is allowed. Empty when it is not one. */
    static OptionalLong rupiah(String text) {
        String t = text == null ? "" : text.strip();
        if (t.regionMatches(true, 0, "Rp", 0, 2)) {
            t = t.substring(2).strip();
        }
        return PriceText.parse(t);
    }

    /** A non-negative decimal with a comma or a point: "3,81", "3.81", "15". Empty when it is not one. */
    static OptionalDouble decimal(String text) {
        String t = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(t.replace(',', '.')));
    }

    /** "3,81" in Indonesian, "3.81" in English; whole numbers without decimals. */
    static String decimal(double value, java.util.Locale locale) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.####",
                java.text.DecimalFormatSymbols.getInstance(locale));
        return f.format(value);
    }
}
