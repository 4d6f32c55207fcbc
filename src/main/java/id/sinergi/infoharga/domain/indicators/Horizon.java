package id.sinergi.infoharga.domain.indicators;

import java.time.LocalDate;

/** The horizons of the point-to-point changes (DESIGN §4) and their target days. */
public enum Horizon {
    DAY, WEEK, MONTH, YEAR;

    /** How far before the target a base day may lie. */
    public static final int MAX_LOOKBACK_DAYS = 7;

    /** day → d−1; week → d−7; month → d minus one calendar month (31 March → 28/29 February); year → d−1 year. */
    public LocalDate target(LocalDate d) {
        return switch (this) {
            case DAY -> d.minusDays(1);
            case WEEK -> d.minusDays(7);
            case MONTH -> d.minusMonths(1);
            case YEAR -> d.minusYears(1);
        };
    }

    /** The first day a base day for {@code d} may fall on. */
    public LocalDate earliestBase(LocalDate d) {
        return target(d).minusDays(MAX_LOOKBACK_DAYS);
    }
}
