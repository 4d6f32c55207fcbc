package id.sinergi.infoharga.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayCalendarTest {
    @Test
    void knowsTheHolidaysOf2014To2032() {
        assertThat(HolidayCalendar.idulfitri(2024)).contains(LocalDate.of(2024, 4, 10));
        assertThat(HolidayCalendar.iduladha(2025)).contains(LocalDate.of(2025, 6, 6));
        assertThat(HolidayCalendar.idulfitri(2013)).isEmpty();
        assertThat(HolidayCalendar.iduladha(2033)).isEmpty();
        for (int y = HolidayCalendar.FIRST_YEAR; y <= HolidayCalendar.LAST_YEAR; y++) {
            LocalDate fitri = HolidayCalendar.idulfitri(y).orElseThrow();
            LocalDate adha = HolidayCalendar.iduladha(y).orElseThrow();
            assertThat(fitri.getYear()).isEqualTo(y);
            // 1 Syawal → 10 Zulhijah: Syawal and Zulkaidah (29 or 30 days each, 58–60) plus 9 days = 67–69 days.
            assertThat(java.time.temporal.ChronoUnit.DAYS.between(fitri, adha)).isBetween(67L, 69L);
            if (y > HolidayCalendar.FIRST_YEAR) {
                long step = java.time.temporal.ChronoUnit.DAYS.between(HolidayCalendar.idulfitri(y - 1).orElseThrow(),
                        fitri);
                // A lunar year: 354 or 355 days.
                assertThat(step).isBetween(354L, 355L);
            }
        }
    }

    @Test
    void seasonsCoverRamadanIduladhaAndTheTurnOfTheYear() {
        var ramadan = HolidayCalendar.periodOn(LocalDate.of(2025, 3, 15)).orElseThrow();
        assertThat(ramadan.kind()).isEqualTo(HbknPeriod.Kind.RAMADAN_IDULFITRI);
        assertThat(ramadan.holiday()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(ramadan.from()).isEqualTo(LocalDate.of(2025, 2, 22));
        assertThat(HolidayCalendar.periodOn(LocalDate.of(2025, 6, 1)).orElseThrow().kind())
                .isEqualTo(HbknPeriod.Kind.IDULADHA);
        assertThat(HolidayCalendar.periodOn(LocalDate.of(2026, 1, 3)).orElseThrow().kind())
                .isEqualTo(HbknPeriod.Kind.NATAL_TAHUN_BARU);
        assertThat(HolidayCalendar.periodOn(LocalDate.of(2025, 9, 15))).isEmpty();
        assertThat(HolidayCalendar.periods(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .extracting(HbknPeriod::kind).containsExactly(HbknPeriod.Kind.NATAL_TAHUN_BARU,
                        HbknPeriod.Kind.RAMADAN_IDULFITRI, HbknPeriod.Kind.IDULADHA, HbknPeriod.Kind.NATAL_TAHUN_BARU);
    }
}
