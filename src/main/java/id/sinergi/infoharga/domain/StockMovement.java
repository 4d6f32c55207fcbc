package id.sinergi.infoharga.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stock movement of a WULANDARI outlet, keyed by a UUID so that devices can exchange them without clashes.
 * {@code unitPriceRp} is the outlet's selling price for a SALE (null otherwise); {@code source} names the supplier
 * of a RECEIPT (e.g. "Bulog").
 */
public record StockMovement(UUID id, int outletId, int commodityId, LocalDate date, MovementKind kind,
                            BigDecimal quantity, Long unitPriceRp, String source, String officer, String device,
                            Instant recordedAt) {
    public StockMovement {
        if (quantity == null) {
            throw new IllegalArgumentException("quantity is required");
        }
        if (kind != MovementKind.ADJUSTMENT && quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
    }
}
