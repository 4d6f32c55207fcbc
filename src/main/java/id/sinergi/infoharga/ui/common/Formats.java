package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.domain.PriceText;
import javafx.util.StringConverter;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** How numbers and dates are written on screen, in the user's language. */
public final class Formats {
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final List<DateTimeFormatter> typedDays;
    private final DateTimeFormatter time;
    private final DecimalFormat percent;
    private final DecimalFormat decimal;
    private final DecimalFormat signed2;
    /** The one way numbers are written on screen: decimal comma, dot between thousands. */
    private static final Locale NUMBERS = Locale.forLanguageTag("id-ID");
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.longDate = DateTimeFormatter.ofPattern("EEEE, d MMM yyyy", locale);
        this.shortDate = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        // Strict, so that "31/9/2025" is no day rather than the 30th.
        this.typedDays = java.util.stream.Stream.of("d MMM uuuu", "d/M/uuuu", "d-M-uuuu", "uuuu-MM-dd")
                .map(p -> DateTimeFormatter.ofPattern(p, locale).withResolverStyle(ResolverStyle.STRICT)).toList();
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        // Numbers in one style in every language, as Rupiah are ("Rp12.500"): an English screen that wrote
        // "Rp49.611, 19,5%" in a reason and "+19.5%" in the column beside it read as two different numbers.
        this.percent = new DecimalFormat("+0.0;\u22120.0", DecimalFormatSymbols.getInstance(NUMBERS));
        this.decimal = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(NUMBERS));
        this.signed2 = new DecimalFormat("+0.00;\u22120.00", DecimalFormatSymbols.getInstance(NUMBERS));
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

    /**
     * A day typed by hand: "15 Sep 2025" (as shown), "15/9/2025", "15-9-2025" or "2025-09-15"; empty when it is
     * none of these.
     */
    public Optional<LocalDate> parseDay(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : typedDays) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /**
     * For a date picker: shows the day as "15 Sep 2025" (the JavaFX default would be "15/09/2025" beside labels that
     * say "Senin, 15 Sep 2025"), reads what {@link #parseDay} reads, and keeps {@code current} for anything else.
     */
    public StringConverter<LocalDate> dayConverter(Supplier<LocalDate> current) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : shortDate(day);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDay(text).orElseGet(current);
            }
        };
    }

    /** "08:15" in the user's time zone. */
    public String time(Instant at) {
        return at.atZone(zone).format(time);
    }

    /** "15 Sep 2025 08:15": a moment in the user's time zone, with its day. */
    public String dateTime(Instant at) {
        return at.atZone(zone).toLocalDate().format(shortDate) + " " + time(at);
    }

    /** "16,4": one decimal (days of cover, a CV), the same in every language. */
    public String decimal1(double value) {
        String s = decimal.format(value);
        return s.equals("-0,0") ? "0,0" : s;
    }

    /** "+1,35" / "−0,42": two decimals, signed, for a z-score. */
    public String signedDecimal2(double value) {
        return signed2.format(value);
    }

    /** "+12,5%" in every language: one decimal, signed, the minus a real minus sign; a change that rounds away is "0,0%". */
    public String percent(double value) {
        String signed = percent.format(value);
        String digits = signed.substring(1);
        return (digits.equals(percent.format(0.0).substring(1)) ? digits : signed) + "%";
    }
}
