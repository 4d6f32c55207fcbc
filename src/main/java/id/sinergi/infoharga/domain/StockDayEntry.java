package id.sinergi.infoharga.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a WULANDARI officer saves at once: one outlet's receipts, sales and stock counts of one day. A field left
 * empty (null) records nothing for that commodity.
 */
public record StockDayEntry(int outletId, LocalDate day, List<Line> lines) {
    public StockDayEntry {
        lines = List.copyOf(lines);
        if (lines.stream().map(Line::commodityId).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("a commodity appears twice in one outlet-day");
        }
    }

    /**
     * One commodity: quantity received and from whom ({@code source}, e.g. "Bulog"), quantity sold and the
     * outlet's own selling price per unit, and the quantity counted at the end of the day.
     */
    public record Line(int commodityId, BigDecimal receipt, String source, BigDecimal saleQuantity,
                       Long salePriceRp, BigDecimal count) {
        public boolean isEmpty() {
            return receipt == null && saleQuantity == null && count == null;
        }
    }
}
