package id.sinergi.infoharga.domain;

import java.time.LocalDate;

/**
 * A national religious holiday season (HBKN) when staple prices rise: its first and last day (inclusive) and the
 * holiday itself, at which prices usually peak.
 */
public record HbknPeriod(Kind kind, LocalDate from, LocalDate to, LocalDate holiday) {
    public enum Kind { RAMADAN_IDULFITRI, IDULADHA, NATAL_TAHUN_BARU }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
