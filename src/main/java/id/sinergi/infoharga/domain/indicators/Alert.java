package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;

/**
 * One alert: its kind and level, the commodity (null for a missing report), the market or outlet (null for a
 * regency-wide price alert), the value and the threshold it reached (REFERENCE: gap %, PRICE_RISE: week %,
 * STOCK: days of cover, null for an empty stock; MISSING_REPORT: commodities reported against expected), and a
 * one-line reason in the user's words.
 */
public record Alert(AlertKind kind, AlertLevel level, Integer commodityId, String commodityCode,
                    String commodityName, Integer marketId, Integer outletId, String placeCode, String placeName,
                    Double value, Double threshold, String reason) {
}
