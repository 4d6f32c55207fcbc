package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.StockMovement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A WULANDARI outlet's stock of one commodity at the end of each day of a range, replayed from its movements
 * (RECEIPT adds, SALE takes, ADJUSTMENT adds its signed quantity, COUNT sets), and the outlet's selling price.
 */
public final class StockSeries {
    private StockSeries() {
    }

    public record StockDay(LocalDate date, BigDecimal onHand) {
    }

    /** @param movements one outlet's movements of one commodity, any order */
    public static List<StockDay> daily(Collection<StockMovement> movements, LocalDate from, LocalDate to) {
        List<StockMovement> ordered = ordered(movements);
        List<StockDay> out = new ArrayList<>();
        BigDecimal stock = BigDecimal.ZERO;
        int i = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            while (i < ordered.size() && !ordered.get(i).date().isAfter(d)) {
                StockMovement m = ordered.get(i++);
                stock = switch (m.kind()) {
                    case RECEIPT, ADJUSTMENT -> stock.add(m.quantity());
                    case SALE -> stock.subtract(m.quantity());
                    case COUNT -> m.quantity();
                };
            }
            out.add(new StockDay(d, stock));
        }
        return out;
    }

    /** The price of the outlet's latest sale on or before {@code day} that carries one. */
    public static Optional<Long> sellingPrice(Collection<StockMovement> movements, LocalDate day) {
        List<StockMovement> ordered = ordered(movements);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            StockMovement m = ordered.get(i);
            if (!m.date().isAfter(day) && m.kind() == id.sinergi.infoharga.domain.MovementKind.SALE
                    && m.unitPriceRp() != null) {
                return Optional.of(m.unitPriceRp());
            }
        }
        return Optional.empty();
    }

    private static List<StockMovement> ordered(Collection<StockMovement> movements) {
        // Reversed movements and their reversals count for nothing (StockMovement#inForce).
        return StockMovement.inForce(movements).stream().sorted(Comparator.comparing(StockMovement::date)
                .thenComparing(StockMovement::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(StockMovement::id)).toList();
    }
}
