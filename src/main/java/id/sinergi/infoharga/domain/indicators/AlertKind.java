package id.sinergi.infoharga.domain.indicators;

/** What an alert is about (DESIGN §5). */
public enum AlertKind {
    /** The regency price, or a market's that is the cause, against the HET or HAP valid that day. */
    REFERENCE,
    /** The week point-to-point change of the regency price, or of a market's that is the cause. */
    PRICE_RISE,
    /** Days of cover of a WULANDARI outlet's stock. */
    STOCK,
    /** A market that has not (fully) reported after the cut-off of a working day. */
    MISSING_REPORT
}
