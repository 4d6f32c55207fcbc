package id.sinergi.infoharga.ui.entry;

/** What the status column of a row says. */
public enum RowStatus {
    /** Nothing entered yet. */
    EMPTY,
    /** A price that passed the checks. */
    OK,
    /** Accepted with a reason for a large change, or flagged as an outlier among the markets. */
    FLAGGED,
    /** Accepted, but above the HET or the upper end of the HAP valid on the day: not a plain tick. */
    ABOVE_REFERENCE,
    /** What is in the field is not an acceptable price; it is not saved. */
    INVALID
}
