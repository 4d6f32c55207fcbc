package id.sinergi.infoharga.domain.entry;

import java.util.Optional;

/**
 * The entry screen's checks (DESIGN §5) for a price that arrives in a file, where nobody can be asked "did you mean
 * Rp15.000?". A price outside {@link PlausibleRange#ABSOLUTE} is impossible, as on the entry screen. Otherwise the
 * price is held against the market's last price before the day: a digit slip (×10, ÷10, ×100, ÷100 within 5 %) or a
 * price outside {@link PlausibleRange#around} it is unusual; then against the median of the other markets' prices of
 * the day, the same way; and when there is neither, against the reference price (HET/HAP) of the day, as the entry
 * screen's range does. Large but believable changes and cross-market outliers are not findings here: the entry
 * screen asks a reason or only flags them, and a file carries no reason. Pure functions.
 */
public final class ImportedPriceCheck {
    private ImportedPriceCheck() {
    }

    public enum Kind {
        /** Below Rp100 or above Rp5.000.000: never stored, not even on request. */
        IMPOSSIBLE,
        /** About ten or a hundred times off the market's last price. */
        SLIP_FROM_LAST,
        /** Outside a quarter to four times the market's last price. */
        FAR_FROM_LAST,
        /** About ten or a hundred times off the other markets' median of the day. */
        SLIP_FROM_MARKETS,
        /** Outside a quarter to four times the other markets' median of the day. */
        FAR_FROM_MARKETS,
        /** Without a last price or other markets: outside a quarter to four times the reference price. */
        FAR_FROM_REFERENCE
    }

    /**
     * What is unusual about a price.
     *
     * @param anchorRp    the price it was held against (last price, median or reference), 0 when there was none
     * @param suggestedRp for a slip, the value probably meant; else 0
     */
    public record Finding(Kind kind, long priceRp, long anchorRp, long suggestedRp) {
        /** Whether the price lies above what it was held against. */
        public boolean above() {
            return priceRp > anchorRp;
        }
    }

    /**
     * @param lastRp          the market's last price before the day, 0 when it has none
     * @param othersMedianRp  the median of the other markets' prices of the day, 0 when none reported
     * @param referenceHighRp the HET or the upper end of the HAP valid on the day, 0 when there is none
     */
    public static Optional<Finding> check(long priceRp, long lastRp, long othersMedianRp, long referenceHighRp) {
        if (!PlausibleRange.ABSOLUTE.contains(priceRp)) {
            long anchor = lastRp > 0 ? lastRp : othersMedianRp > 0 ? othersMedianRp : referenceHighRp;
            return Optional.of(new Finding(Kind.IMPOSSIBLE, priceRp, anchor, 0));
        }
        if (lastRp > 0) {
            Optional<Finding> f = against(priceRp, lastRp, Kind.SLIP_FROM_LAST, Kind.FAR_FROM_LAST);
            if (f.isPresent()) {
                return f;
            }
        }
        if (othersMedianRp > 0) {
            Optional<Finding> f = against(priceRp, othersMedianRp, Kind.SLIP_FROM_MARKETS, Kind.FAR_FROM_MARKETS);
            if (f.isPresent()) {
                return f;
            }
        }
        if (lastRp <= 0 && othersMedianRp <= 0 && referenceHighRp > 0
                && !PlausibleRange.around(referenceHighRp).contains(priceRp)) {
            return Optional.of(new Finding(Kind.FAR_FROM_REFERENCE, priceRp, referenceHighRp, 0));
        }
        return Optional.empty();
    }

    private static Optional<Finding> against(long priceRp, long anchorRp, Kind slip, Kind far) {
        Optional<Long> meant = EntryChecks.digitSlip(priceRp, anchorRp);
        if (meant.isPresent()) {
            return Optional.of(new Finding(slip, priceRp, anchorRp, meant.get()));
        }
        if (!PlausibleRange.around(anchorRp).contains(priceRp)) {
            return Optional.of(new Finding(far, priceRp, anchorRp, 0));
        }
        return Optional.empty();
    }
}
