package id.sinergi.infoharga.domain.indicators;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

/** Numbers and days written the Indonesian way for texts: "12,5", "+3,2%", "Senin, 15 Sep 2025". */
public final class IndonesianText {
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
        "Nov", "Des"};

    private IndonesianText() {
    }

    /** "Senin, 15 Sep 2025". */
    public static String day(LocalDate d) {
        return DAYS[d.getDayOfWeek().getValue() - 1] + ", " + d.getDayOfMonth() + " "
                + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** One decimal with a comma: 12.25 → "12,3" (half up), −0.04 → "0,0". */
    public static String decimal1(double v) {
        String s = BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        if (s.equals("-0.0")) {
            s = "0.0";
        }
        return s.replace('.', ',');
    }

    /** A signed percentage: "+12,5%", "-3,0%", "0,0%". */
    public static String signedPct(double v) {
        String s = decimal1(v);
        return (s.startsWith("-") || s.equals("0,0") ? s : "+" + s) + "%";
    }

    /** A quantity without needless zeros, grouped: 1250.500 → "1.250,5". */
    public static String quantity(BigDecimal q) {
        DecimalFormatSymbols sym = new DecimalFormatSymbols();
        sym.setDecimalSeparator(',');
        sym.setGroupingSeparator('.');
        sym.setMinusSign('-');
        return new DecimalFormat("#,##0.###", sym).format(q);
    }
}
