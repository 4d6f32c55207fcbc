package id.sinergi.infoharga.domain.entry;

/** The prices of a commodity that are believable without a second look, inclusive. */
public record PlausibleRange(long minRp, long maxRp) {
    /** Nothing monitored costs less than a sachet or more than a few million Rupiah a unit. */
    public static final PlausibleRange ABSOLUTE = new PlausibleRange(100, 5_000_000);
    /** How far from the anchor price a believable price may lie, either way. */
    public static final int FACTOR = 4;

    public PlausibleRange {
        if (minRp <= 0 || maxRp < minRp) {
            throw new IllegalArgumentException("invalid range " + minRp + ".." + maxRp);
        }
    }

    /**
     * The default range when none is stored: a quarter to four times the anchor (the last price, else the
     * reference price), clipped to {@link #ABSOLUTE}. Wide enough for a chilli season, narrow enough to catch a
     * price typed for the wrong unit or with a digit too many.
     */
    public static PlausibleRange around(Long anchorRp) {
        if (anchorRp == null || anchorRp <= 0) {
            return ABSOLUTE;
        }
        long min = Math.max(ABSOLUTE.minRp, (anchorRp + FACTOR - 1) / FACTOR);
        long max = Math.min(ABSOLUTE.maxRp, anchorRp * FACTOR);
        return max < min ? ABSOLUTE : new PlausibleRange(min, max);
    }

    public boolean contains(long priceRp) {
        return priceRp >= minRp && priceRp <= maxRp;
    }
}
