package id.sinergi.infoharga.domain.indicators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** When a market's report is due: by the cut-off (default 12:00) of a working day (default Monday–Saturday). */
public record ReportingRules(LocalTime cutoff, Set<DayOfWeek> workingDays) {
    public static final ReportingRules DEFAULT = new ReportingRules(LocalTime.NOON,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

    public ReportingRules {
        workingDays = Set.copyOf(workingDays);
    }

    /** From the stored settings ("12:00", "MONDAY,TUESDAY,…"); a missing or unreadable one keeps its default. */
    public static ReportingRules parse(String cutoffText, String workingDaysText) {
        LocalTime cutoff = DEFAULT.cutoff();
        Set<DayOfWeek> days = DEFAULT.workingDays();
        if (cutoffText != null) {
            try {
                cutoff = LocalTime.parse(cutoffText.strip());
            } catch (DateTimeParseException e) {
                // keep the default: a bad setting must not silence every missing-report alert
            }
        }
        if (workingDaysText != null && !workingDaysText.isBlank()) {
            try {
                Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
                for (String d : workingDaysText.split(",")) {
                    parsed.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
                }
                days = parsed;
            } catch (IllegalArgumentException e) {
                // keep the default
            }
        }
        return new ReportingRules(cutoff, days);
    }

    /** The cut-off as stored: {@code 12:00}. */
    public String cutoffText() {
        return cutoff.toString();
    }

    /** The working days as stored, Monday first: {@code MONDAY,TUESDAY,…}. */
    public String workingDaysText() {
        return String.join(",", workingDays.stream().sorted().map(DayOfWeek::name).toList());
    }

    /** Whether missing reports of {@code day} count at {@code now}: a working day whose cut-off has passed. */
    public boolean due(LocalDate day, LocalDateTime now) {
        return workingDays.contains(day.getDayOfWeek()) && !now.isBefore(day.atTime(cutoff));
    }
}
