package id.sinergi.infoharga.domain.report;

import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.Words;
import id.sinergi.infoharga.domain.indicators.IsoWeek;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Figures and weeks as the report's sentences write them: percentages with one decimal, a decimal comma and a true
 * minus sign ("−4,0%"), Rupiah as on the screens, and the week as people name it ("Minggu ke-1 Desember 2026,
 * 30 Nov – 6 Des 2026"). Month names come from the message files, so an English report names English months.
 */
public final class ReportText {
    public static final char MINUS = '\u2212';

    private ReportText() {
    }

    /** One decimal, half up, decimal comma, true minus: −4.04 → "−4,0"; a value that rounds to zero is "0,0". */
    public static String decimal1(double v) {
        String s = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).abs().toPlainString().replace('.', ',');
        boolean zero = s.equals("0,0");
        return (v < 0 && !zero ? String.valueOf(MINUS) : "") + group(s);
    }

    /** "+2,5%", "−4,0%", "0,0%". */
    public static String signedPct(double v) {
        String s = decimal1(v);
        return (v > 0 && !s.equals("0,0") ? "+" : "") + s + "%";
    }

    /** "2,5%" without a plus sign (a share, a completeness). */
    public static String pct(double v) {
        return decimal1(v) + "%";
    }

    /** "+Rp8.000", "−Rp1.400", "Rp0": whole Rupiah, half up. */
    public static String signedRupiah(double v) {
        long r = BigDecimal.valueOf(Math.abs(v)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (r == 0) {
            return PriceText.rupiah(0);
        }
        return (v > 0 ? "+" : String.valueOf(MINUS)) + PriceText.rupiah(r);
    }

    public static String rupiah(double v) {
        return PriceText.rupiah(BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * The week as people name it: the month is that of its Thursday (the ISO rule, so each week belongs to one
     * month), and it is that month's n-th such week. 2026-W49 → "Minggu ke-1 Desember 2026, 30 Nov – 6 Des 2026".
     */
    public static String weekOfMonth(IsoWeek week, Words words) {
        LocalDate thursday = week.monday().plusDays(3);
        int nth = (thursday.getDayOfMonth() - 1) / 7 + 1;
        String month = monthName(words, "report.months", thursday.getMonthValue());
        return words.get("report.week.ofMonth", nth, month, String.valueOf(thursday.getYear()),
                span(week.monday(), week.sunday(), words));
    }

    /** "30 Nov – 6 Des 2026"; "7 – 13 Des 2026" within a month; years written where they differ. */
    public static String span(LocalDate from, LocalDate to, Words words) {
        String toText = shortDay(to, words);
        String fromText;
        if (from.getYear() != to.getYear()) {
            fromText = shortDay(from, words);
        } else if (from.getMonthValue() != to.getMonthValue()) {
            fromText = from.getDayOfMonth() + " " + monthName(words, "report.monthsShort", from.getMonthValue());
        } else {
            fromText = String.valueOf(from.getDayOfMonth());
        }
        return fromText + " \u2013 " + toText;
    }

    /** "3 Des 2026". */
    public static String shortDay(LocalDate d, Words words) {
        return d.getDayOfMonth() + " " + monthName(words, "report.monthsShort", d.getMonthValue()) + " " + d.getYear();
    }

    /** "3 Desember 2026": the date under a signature. */
    public static String longDay(LocalDate d, Words words) {
        return d.getDayOfMonth() + " " + monthName(words, "report.months", d.getMonthValue()) + " " + d.getYear();
    }

    private static String monthName(Words words, String key, int month) {
        return words.get(key).split(",")[month - 1].strip();
    }

    /**
     * A number written the Indonesian way ("1.234,5", "−4,0%") in the words' style: in English the decimal mark
     * and the grouping swap ("1,234.5", "−4.0%"). Not for Rupiah, which reads "Rp12.500" in every language.
     */
    public static String inLanguage(String indonesian, Words words) {
        if (!".".equals(words.get("indicators.brief.decimalMark"))) {
            return indonesian;
        }
        StringBuilder out = new StringBuilder(indonesian.length());
        for (char c : indonesian.toCharArray()) {
            out.append(c == ',' ? '.' : c == '.' ? ',' : c);
        }
        return out.toString();
    }

    /** Groups the thousands of an already formatted "1234,5" as "1.234,5". */
    private static String group(String plain) {
        int comma = plain.indexOf(',');
        String whole = comma < 0 ? plain : plain.substring(0, comma);
        String rest = comma < 0 ? "" : plain.substring(comma);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        return out + rest;
    }
}
