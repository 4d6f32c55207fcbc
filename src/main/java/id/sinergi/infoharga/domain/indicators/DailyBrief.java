package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.Words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The daily brief (DESIGN §6): plain text for WhatsApp — a title with the regency and the day, the commodities
 * whose regency price rose or fell against the day before (name, price, change), how many stayed stable, and the
 * alerts at Siaga and Awas. No Markdown; every line shorter than 80 characters.
 */
public final class DailyBrief {
    /** A day change smaller than this (in %, either way) counts as stable. */
    public static final double STABLE_BAND_PCT = 1.0;
    /** At most this many risers, fallers and alerts are listed; the rest are counted. */
    public static final int MAX_LISTED = 10;
    public static final int MAX_LINE = 79;

    private DailyBrief() {
    }

    /** A commodity whose seasonal anomaly (ALPS) this month is at Siaga or Awas, with its value in σ. */
    public record Anomaly(String commodityName, AlertLevel level, double value) {
    }

    public static String write(DayIndicators day, List<Alert> alerts, String regency, Words words) {
        return write(day, alerts, List.of(), regency, words);
    }

    /**
     * As the other, with a line for each commodity whose ALPS is at Siaga or Awas (the others in {@code alps} are
     * left out). The day and the numbers are written in the words' language ("Wednesday, 2 Dec 2026", "+17.3%").
     */
    public static String write(DayIndicators day, List<Alert> alerts, List<Anomaly> alps, String regency,
                               Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.get("indicators.brief.title", regency));
        lines.add(day(day.date(), words));
        List<CommodityDay> risers = new ArrayList<>();
        List<CommodityDay> fallers = new ArrayList<>();
        int stable = 0;
        for (CommodityDay c : day.commodities()) {
            Change ch = c.regency().day();
            if (ch == null) {
                continue;
            }
            if (ch.pct() >= STABLE_BAND_PCT) {
                risers.add(c);
            } else if (ch.pct() <= -STABLE_BAND_PCT) {
                fallers.add(c);
            } else {
                stable++;
            }
        }
        Comparator<CommodityDay> byChange = Comparator.comparingDouble(c -> c.regency().day().pct());
        risers.sort(byChange.reversed());
        fallers.sort(byChange);
        lines.add("");
        section(lines, words.get("indicators.brief.up"), risers, words);
        section(lines, words.get("indicators.brief.down"), fallers, words);
        lines.add(words.get("indicators.brief.stable", stable));
        List<Alert> serious = Alerts.sorted(alerts).stream().filter(a -> a.level().atLeast(AlertLevel.SIAGA))
                .toList();
        if (!serious.isEmpty()) {
            lines.add("");
            lines.add(words.get("indicators.brief.alerts"));
            for (int i = 0; i < serious.size() && i < MAX_LISTED; i++) {
                Alert a = serious.get(i);
                lines.add("- " + a.level().label().toUpperCase(java.util.Locale.ROOT) + ": " + a.reason());
            }
            if (serious.size() > MAX_LISTED) {
                lines.add(words.get("indicators.brief.more", serious.size() - MAX_LISTED));
            }
        }
        List<Anomaly> anomalous = alps.stream().filter(a -> a.level() != null && a.level().atLeast(AlertLevel.SIAGA))
                .sorted(Comparator.comparingDouble((Anomaly a) -> -a.value()).thenComparing(Anomaly::commodityName))
                .toList();
        if (!anomalous.isEmpty()) {
            lines.add("");
            lines.add(words.get("indicators.brief.alps"));
            for (int i = 0; i < anomalous.size() && i < MAX_LISTED; i++) {
                Anomaly a = anomalous.get(i);
                lines.add(words.get("indicators.brief.alpsLine", a.level().label().toUpperCase(java.util.Locale.ROOT),
                        a.commodityName(), decimal(IndonesianText.decimal1(a.value()), words)));
            }
            if (anomalous.size() > MAX_LISTED) {
                lines.add(words.get("indicators.brief.more", anomalous.size() - MAX_LISTED));
            }
        }
        if (day.commodities().isEmpty()) {
            lines.add(words.get("indicators.brief.noData"));
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fit(line)).append('\n');
        }
        return out.toString();
    }

    private static void section(List<String> lines, String title, List<CommodityDay> items, Words words) {
        if (items.isEmpty()) {
            lines.add(title + " " + words.get("indicators.brief.none"));
            return;
        }
        lines.add(title);
        for (int i = 0; i < items.size() && i < MAX_LISTED; i++) {
            CommodityDay c = items.get(i);
            lines.add("- " + c.name() + " " + PriceText.rupiah(Math.round(c.regency().price())) + " ("
                    + decimal(IndonesianText.signedPct(c.regency().day().pct()), words) + ")");
        }
        if (items.size() > MAX_LISTED) {
            lines.add(words.get("indicators.brief.more", items.size() - MAX_LISTED));
        }
    }

    /** "Senin, 15 Sep 2025" or "Monday, 15 Sep 2025": day and month names from the words' language. */
    static String day(LocalDate d, Words words) {
        String[] days = words.get("indicators.brief.days").split(",");
        String[] months = words.get("report.monthsShort").split(",");
        return days[d.getDayOfWeek().getValue() - 1].strip() + ", " + d.getDayOfMonth() + " "
                + months[d.getMonthValue() - 1].strip() + " " + d.getYear();
    }

    /** An Indonesian-written number ("12,5") with the words' decimal mark ("12.5" in English). */
    private static String decimal(String indonesian, Words words) {
        return indonesian.replace(",", words.get("indicators.brief.decimalMark"));
    }

    /** Cuts a line that would be too long for a phone screen, with an ellipsis. */
    static String fit(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1).stripTrailing() + "\u2026";
    }
}
