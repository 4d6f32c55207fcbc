package id.sinergi.infoharga.domain.indicators;

import java.time.LocalDate;

/**
 * A defined change between a base and a current value: over the {@code matchedMarkets} that reported in both,
 * {@code pct = (current/base − 1) × 100} and {@code rupiah = current − base} (means over the matched markets).
 * An undefined change is represented by the absence of a Change (null), never by 0.
 */
public record Change(LocalDate baseDate, int matchedMarkets, double baseMean, double currentMean, double pct,
                     double rupiah) {

    public static Change of(LocalDate baseDate, int matchedMarkets, double baseMean, double currentMean) {
        if (baseMean <= 0 || matchedMarkets <= 0) {
            throw new IllegalArgumentException("a change needs a positive base and at least one market");
        }
        // (current − base) × 100 / base rather than (current/base − 1) × 100: a rise of exactly 5 % stays 5.0, not
        // 5.000000000000004, so that thresholds hold at their boundaries.
        return new Change(baseDate, matchedMarkets, baseMean, currentMean, (currentMean - baseMean) * 100 / baseMean,
                currentMean - baseMean);
    }
}
