package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.report.ReportText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures read in the PDF and in summary sentences, the Indonesian way: {@code Rp12.500}, {@code +3,45%},
 * {@code Senin, 15 Sep 2025}; an undefined figure is "–".
 */
public final class TextFormats {
    public static final String UNDEFINED = "\u2013";
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMM yyyy", ID);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", ID);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", ID);

    private TextFormats() {
    }

    /** Whole Rupiah, rounded half up: 12345.5 → "Rp12.346". */
    public static String rupiah(Double amount) {
        return amount == null ? UNDEFINED : PriceText.rupiah(roundRupiah(amount));
    }

    public static long roundRupiah(double amount) {
        return BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A change in Rupiah with its sign, the minus a true minus sign: "+Rp250", "−Rp1.000", "Rp0". */
    public static String signedRupiah(Double amount) {
        return amount == null ? UNDEFINED : ReportText.signedRupiah(amount);
    }

    /** A change in percent as on the screens: one decimal, signed, a true minus sign: "+3,5%", "−4,0%", "0,0%". */
    public static String signedPercent(Double pct) {
        return pct == null ? UNDEFINED : ReportText.signedPct(pct);
    }

    /** A figure with its sign and two decimals: "+0,13", "-0,11". */
    public static String signedDecimal2(double value) {
        String s = decimal2(value);
        // A change that rounds to zero is written 0,00 — neither "+0,00" nor "-0,00".
        if (s.equals("0,00") || s.equals("-0,00")) {
            return "0,00";
        }
        return value > 0 ? "+" + s : s.replace('-', ReportText.MINUS);
    }

    /** A share in percent with one decimal: "115,0%". */
    public static String percent(Double pct) {
        return pct == null ? UNDEFINED : ReportText.pct(pct);
    }

    /** Two decimals with a decimal comma: 3.456 → "3,46"; thousands grouped by dots. */
    public static String decimal2(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(ID));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(BigDecimal.valueOf(value));
    }

    public static String decimal1(Double value) {
        return value == null ? UNDEFINED : ReportText.decimal1(value);
    }

    public static String quantity(BigDecimal q) {
        if (q == null) {
            return UNDEFINED;
        }
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(ID));
        return f.format(q);
    }

    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    public static String shortDay(LocalDate d) {
        return SHORT_DAY.format(d);
    }

    public static String stamp(LocalDateTime t) {
        return STAMP.format(t);
    }
}
