package id.sinergi.infoharga.ui.common;

import id.sinergi.infoharga.app.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    private final Formats id = new Formats(Messages.INDONESIAN, ZoneId.of("Asia/Jakarta"));
    private final Formats en = new Formats(Locale.ENGLISH, ZoneId.of("Asia/Jakarta"));

    @Test
    void writesRupiahDatesAndPercentagesTheUsersWay() {
        assertThat(id.rupiah(12_500)).isEqualTo("Rp12.500");
        assertThat(en.rupiah(12_500)).isEqualTo("Rp12.500");
        assertThat(id.grouped(1_250_000)).isEqualTo("1.250.000");
        assertThat(id.date(LocalDate.of(2025, 9, 15))).isEqualTo("Senin, 15 Sep 2025");
        assertThat(id.date(LocalDate.of(2025, 8, 15))).isEqualTo("Jumat, 15 Agu 2025");
        assertThat(en.date(LocalDate.of(2025, 9, 15))).isEqualTo("Monday, 15 Sep 2025");
        assertThat(id.percent(12.54)).isEqualTo("+12,5%");
        // English writes numbers as Indonesian does, like the Rupiah and the reasons beside them.
        assertThat(en.percent(-3.25)).isEqualTo("\u22123,2%");
        assertThat(en.decimal1(16.44)).isEqualTo("16,4");
        assertThat(id.decimal1(1234.56)).isEqualTo("1.234,6");
        assertThat(id.decimal1(-0.01)).isEqualTo("0,0");
        // -0.04 % and +0.04 % both show one decimal of nothing: no sign on a zero.
        assertThat(id.percent(-0.04)).isEqualTo("0,0%");
        assertThat(id.percent(0.04)).isEqualTo("0,0%");
        // 01:15 UTC is 08:15 in Jakarta (UTC+7)
        assertThat(id.time(Instant.parse("2025-09-15T01:15:00Z"))).isEqualTo("08:15");
        // 20:30 UTC on the 14th is already 03:30 on the 15th in Jakarta
        assertThat(id.dateTime(Instant.parse("2025-09-14T20:30:00Z"))).isEqualTo("15 Sep 2025 03:30");
    }

    @Test
    void datePickersShowTheShortDayAndReadWhatOfficersType() {
        LocalDate kept = LocalDate.of(2025, 9, 15);
        var converter = id.dayConverter(() -> kept);
        assertThat(converter.toString(LocalDate.of(2025, 8, 5))).isEqualTo("5 Agu 2025");
        assertThat(en.dayConverter(() -> kept).toString(LocalDate.of(2025, 8, 5))).isEqualTo("5 Aug 2025");
        assertThat(converter.fromString("5 Agu 2025")).isEqualTo(LocalDate.of(2025, 8, 5));
        assertThat(converter.fromString("5/8/2025")).isEqualTo(LocalDate.of(2025, 8, 5));
        assertThat(converter.fromString(" 05-08-2025 ")).isEqualTo(LocalDate.of(2025, 8, 5));
        assertThat(converter.fromString("2025-08-05")).isEqualTo(LocalDate.of(2025, 8, 5));
        // Not a day (or the 31st of a 30-day month): the picker keeps its day instead of jumping or failing.
        assertThat(converter.fromString("kemarin")).isEqualTo(kept);
        assertThat(converter.fromString("31/9/2025")).isEqualTo(kept);
        assertThat(id.parseDay("")).isEmpty();
    }
}
