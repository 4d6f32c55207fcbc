package id.sinergi.infoharga.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stock movement of a WULANDARI outlet, keyed by a UUID so that devices can exchange them without clashes.
 * {@code unitPriceRp} is the outlet's selling price for a SALE (null otherwise); {@code source} names the supplier
 * of a RECEIPT (e.g. "Bulog"). {@code reverses}, when set, names the movement this one takes back: both then count
 * for nothing in the stock (a correction never edits or deletes a movement others may already hold).
 */
public record StockMovement(UUID id, int outletId, int commodityId, LocalDate date, MovementKind kind,
                            BigDecimal quantity, Long unitPriceRp, String source, String officer, String device,
                            Instant recordedAt, UUID reverses) {
    public StockMovement {
        if (quantity == null) {
            throw new IllegalArgumentException("quantity is required");
        }
        if (kind != MovementKind.ADJUSTMENT && quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        if (reverses != null && (kind != MovementKind.ADJUSTMENT || quantity.signum() != 0 || reverses.equals(id))) {
            throw new IllegalArgumentException("a reversal is an adjustment of 0 that names another movement");
        }
    }

    /** A movement that reverses nothing. */
    public StockMovement(UUID id, int outletId, int commodityId, LocalDate date, MovementKind kind,
                         BigDecimal quantity, Long unitPriceRp, String source, String officer, String device,
                         Instant recordedAt) {
        this(id, outletId, commodityId, date, kind, quantity, unitPriceRp, source, officer, device, recordedAt, null);
    }

    /** Whether this movement takes another one back. */
    public boolean isReversal() {
        return reverses != null;
    }

    /**
     * The movements that count for the stock: without the reversals and the movements they reverse, in the order
     * given.
     */
    public static java.util.List<StockMovement> inForce(java.util.Collection<StockMovement> movements) {
        java.util.Set<UUID> reversed = new java.util.HashSet<>();
        for (StockMovement m : movements) {
            if (m.reverses() != null) {
                reversed.add(m.reverses());
            }
        }
        if (reversed.isEmpty()) {
            return java.util.List.copyOf(movements);
        }
        return movements.stream().filter(m -> m.reverses() == null && !reversed.contains(m.id())).toList();
    }
}
