package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;

import java.time.YearMonth;

/**
 * ALPS of one commodity for the assessed month: with the observed months, the span, the actual and fitted price
 * and σ when eligible; otherwise value, level and the fit are null and {@code reason} says why (in the user's
 * words).
 */
public record AlpsResult(int commodityId, YearMonth month, int observedMonths, int spanMonths, Double actual,
                         Double fitted, Double sigma, Double value, AlertLevel level, String reason) {

    public boolean eligible() {
        return value != null;
    }

    static AlpsResult notEligible(int commodityId, YearMonth month, int observed, int span, String reason) {
        return new AlpsResult(commodityId, month, observed, span, null, null, null, null, null, reason);
    }
}
