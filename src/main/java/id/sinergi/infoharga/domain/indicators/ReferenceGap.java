package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.ReferencePrice;

/**
 * A price against the reference valid on its day (DESIGN §5): {@code gap = (P − hi)/hi × 100}, hi the HET or the
 * upper end of the HAP range. Below the lower end of a range is information (the farmers' side), not an alert.
 */
public record ReferenceGap(ReferenceKind kind, Long lowRp, long highRp, String regulation, double gapPct,
                           AlertLevel level, boolean belowLow) {

    public static ReferenceGap of(ReferencePrice reference, double price, AlertThresholds thresholds) {
        // Written so that a price exactly 5 % above gives 5.0 (the threshold boundaries are inclusive).
        double gap = (price - reference.highRp()) * 100 / reference.highRp();
        boolean below = reference.lowRp() != null && price < reference.lowRp();
        return new ReferenceGap(reference.kind(), reference.lowRp(), reference.highRp(), reference.regulation(), gap,
                thresholds.referenceLevel(gap), below);
    }
}
