package id.sinergi.infoharga.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An analyst's acknowledgement of an alert of one day, with a note saying what is being done. The alert is named
 * by {@link #key}: its kind, commodity and market or outlet, which stay the same while its level moves.
 */
public record AlertAcknowledgement(LocalDate alertDate, String alertKey, AlertLevel alertLevel, String note,
                                   String actor, String device, Instant ackedAt) {
    public static final int MAX_NOTE = 400;

    /** "REFERENCE:BERAS-MEDIUM:-", "STOCK:MINYAKITA:WLD-01": kind, commodity code, place code ("-" for none). */
    public static String key(String kind, String commodityCode, String placeCode) {
        return kind + ":" + (commodityCode == null ? "-" : commodityCode) + ":" + (placeCode == null ? "-" : placeCode);
    }

    public static String keyOf(id.sinergi.infoharga.domain.indicators.Alert alert) {
        return key(alert.kind().name(), alert.commodityCode(), alert.placeCode());
    }
}
