package id.sinergi.infoharga.ui.history;

/**
 * One save of a price as the history table shows it, every cell already in words: the revision, the day the price is
 * of, when it was saved (local time), who and on which device, before → after as Rupiah, and the reason.
 */
public record HistoryRow(int revision, String day, String savedAt, String actor, String device, String before,
                         String after, String reason) {
}
