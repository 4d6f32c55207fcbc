package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.domain.PriceText;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates are written on screen, in the user's language. */
public final class Formats {
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final DecimalFormat percent;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.longDate = DateTimeFormatter.ofPattern("EEEE, d MMM yyyy", locale);
        this.shortDate = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.percent = new DecimalFormat("+0.0;\u22120.0", DecimalFormatSymbols.getInstance(locale));
    }

    /** Rupiah the same way in every language: "Rp12.500". */
    public String rupiah(long amount) {
        return PriceText.rupiah(amount);
    }

    /** What a price field shows: "12.500". */
    public String grouped(long amount) {
        return PriceText.group(amount);
    }

    /** "Senin, 15 Sep 2025" / "Monday, 15 Sep 2025". */
    public String date(LocalDate day) {
        return day.format(longDate);
    }

    /** "15 Sep 2025". */
    public String shortDate(LocalDate day) {
        return day.format(shortDate);
    }

    /** "08:15" in the user's time zone. */
    public String time(Instant at) {
        return at.atZone(zone).format(time);
    }

    /** "15 Sep 2025 08:15": a moment in the user's time zone, with its day. */
    public String dateTime(Instant at) {
        return at.atZone(zone).toLocalDate().format(shortDate) + " " + time(at);
    }

    /** "+12,5%" / "+12.5%": one decimal, signed, the minus a real minus sign; a change that rounds away is "0,0%". */
    public String percent(double value) {
        String signed = percent.format(value);
        String digits = signed.substring(1);
        return (digits.equals(percent.format(0.0).substring(1)) ? digits : signed) + "%";
    }
}
