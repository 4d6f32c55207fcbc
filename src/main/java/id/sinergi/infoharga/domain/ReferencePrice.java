package id.sinergi.infoharga.domain;

import java.time.LocalDate;

/**
 * An official price for one commodity over a validity period. {@code lowRp} is null for a HET or a
 * single-value HAP; {@code validTo} is null while the regulation is in force.
 */
public record ReferencePrice(int id, int commodityId, ReferenceKind kind, Long lowRp, long highRp,
                             String regulation, LocalDate validFrom, LocalDate validTo) {
    public ReferencePrice {
        if (highRp <= 0 || (lowRp != null && (lowRp <= 0 || lowRp > highRp))) {
            throw new IllegalArgumentException("invalid reference price range");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(ReferencePrice other) {
        LocalDate thisEnd = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(thisEnd);
    }
}
