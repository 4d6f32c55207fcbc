package id.sinergi.infoharga.domain.entry;

/**
 * The outcome of the entry checks for one typed price. The user interface turns {@code kind} and the values into
 * words; the domain says nothing in any language.
 *
 * @param suggestedRp the corrected value of a {@link Kind#DIGIT_SLIP}, else 0
 * @param changePct the change against the previous price in percent, or null without a previous price
 * @param range the plausible range the price was held against
 * @param outlier whether the price stands out among the other markets of the day (flagged, never blocking)
 */
public record EntryVerdict(Kind kind, long priceRp, long suggestedRp, Double changePct, PlausibleRange range,
                           boolean outlier) {

    public enum Kind {
        /** Accepted as it is. */
        OK,
        /** Below Rp100 or above Rp5.000.000: refused outright. */
        IMPOSSIBLE,
        /** About ten or a hundred times off the previous price: ask whether the corrected value was meant. */
        DIGIT_SLIP,
        /** Outside the plausible range: needs a confirmation and a reason. */
        OUT_OF_RANGE,
        /** A change beyond the limit of the commodity's group: needs a confirmation and a reason. */
        LARGE_CHANGE
    }

    public boolean needsReason() {
        return kind == Kind.OUT_OF_RANGE || kind == Kind.LARGE_CHANGE;
    }
}
