package id.sinergi.infoharga.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Idulfitri and Iduladha in Indonesia, 2014–2032, and the HBKN seasons around them and around Christmas–New Year.
 * Dates up to 2025 are those the government fixed (SKB cuti bersama); later ones are the astronomical estimates
 * and may move by a day when they are fixed.
 */
public final class HolidayCalendar {
    public static final int FIRST_YEAR = 2014;
    public static final int LAST_YEAR = 2032;

    /** 1 Syawal, indexed by year − FIRST_YEAR. */
    private static final LocalDate[] IDULFITRI = {
            LocalDate.of(2014, 7, 28), LocalDate.of(2015, 7, 17), LocalDate.of(2016, 7, 6),
            LocalDate.of(2017, 6, 25), LocalDate.of(2018, 6, 15), LocalDate.of(2019, 6, 5),
            LocalDate.of(2020, 5, 24), LocalDate.of(2021, 5, 13), LocalDate.of(2022, 5, 2),
            LocalDate.of(2023, 4, 22), LocalDate.of(2024, 4, 10), LocalDate.of(2025, 3, 31),
            LocalDate.of(2026, 3, 20), LocalDate.of(2027, 3, 10), LocalDate.of(2028, 2, 27),
            LocalDate.of(2029, 2, 15), LocalDate.of(2030, 2, 5), LocalDate.of(2031, 1, 25),
            LocalDate.of(2032, 1, 14)};

    /** 10 Zulhijah, indexed by year − FIRST_YEAR. */
    private static final LocalDate[] IDULADHA = {
            LocalDate.of(2014, 10, 5), LocalDate.of(2015, 9, 24), LocalDate.of(2016, 9, 12),
            LocalDate.of(2017, 9, 1), LocalDate.of(2018, 8, 22), LocalDate.of(2019, 8, 11),
            LocalDate.of(2020, 7, 31), LocalDate.of(2021, 7, 20), LocalDate.of(2022, 7, 10),
            LocalDate.of(2023, 6, 29), LocalDate.of(2024, 6, 17), LocalDate.of(2025, 6, 6),
            LocalDate.of(2026, 5, 27), LocalDate.of(2027, 5, 17), LocalDate.of(2028, 5, 5),
            LocalDate.of(2029, 4, 24), LocalDate.of(2030, 4, 13), LocalDate.of(2031, 4, 2),
            LocalDate.of(2032, 3, 22)};

    /** Prices start to move about a week before Ramadan (30 days before Idulfitri) and settle a week after. */
    static final int RAMADAN_LEAD_DAYS = 37;
    static final int IDULFITRI_TAIL_DAYS = 7;
    static final int IDULADHA_LEAD_DAYS = 14;
    static final int IDULADHA_TAIL_DAYS = 3;

    private HolidayCalendar() {
    }

    public static Optional<LocalDate> idulfitri(int year) {
        return inRange(year) ? Optional.of(IDULFITRI[year - FIRST_YEAR]) : Optional.empty();
    }

    public static Optional<LocalDate> iduladha(int year) {
        return inRange(year) ? Optional.of(IDULADHA[year - FIRST_YEAR]) : Optional.empty();
    }

    /** Every HBKN season that overlaps the days from {@code from} to {@code to}, in date order. */
    public static List<HbknPeriod> periods(LocalDate from, LocalDate to) {
        List<HbknPeriod> out = new ArrayList<>();
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            int y = year;
            idulfitri(y).ifPresent(d -> out.add(new HbknPeriod(HbknPeriod.Kind.RAMADAN_IDULFITRI,
                    d.minusDays(RAMADAN_LEAD_DAYS), d.plusDays(IDULFITRI_TAIL_DAYS), d)));
            iduladha(y).ifPresent(d -> out.add(new HbknPeriod(HbknPeriod.Kind.IDULADHA,
                    d.minusDays(IDULADHA_LEAD_DAYS), d.plusDays(IDULADHA_TAIL_DAYS), d)));
            LocalDate christmas = LocalDate.of(y, Month.DECEMBER, 25);
            out.add(new HbknPeriod(HbknPeriod.Kind.NATAL_TAHUN_BARU, LocalDate.of(y, Month.DECEMBER, 15),
                    LocalDate.of(y + 1, Month.JANUARY, 5), christmas));
        }
        return out.stream().filter(p -> !p.to().isBefore(from) && !p.from().isAfter(to))
                .sorted(Comparator.comparing(HbknPeriod::from)).toList();
    }

    /** The season a day falls in, if any (the earlier one where two overlap). */
    public static Optional<HbknPeriod> periodOn(LocalDate day) {
        return periods(day, day).stream().findFirst();
    }

    private static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
