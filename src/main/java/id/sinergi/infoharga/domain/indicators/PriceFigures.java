package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;

/**
 * One series' figures on a day — the regency's or one market's: the price (regency: mean over the {@code markets}
 * that reported), the point-to-point changes (null when undefined, never 0), the disparity between markets
 * (regency only, n ≥ 3, else null), the gap to the reference valid that day (null without one), and the level of
 * the week rise (null when the week change is undefined).
 */
public record PriceFigures(double price, int markets, Change day, Change week, Change month, Change year,
                           Disparity disparity, ReferenceGap reference, AlertLevel riseLevel) {

    public Change change(Horizon h) {
        return switch (h) {
            case DAY -> day;
            case WEEK -> week;
            case MONTH -> month;
            case YEAR -> year;
        };
    }
}
