package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.StockMovement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A WULANDARI outlet's stock of one commodity at the end of a day (DESIGN §5): stock on hand replayed from the
 * movements (RECEIPT adds, SALE takes, ADJUSTMENT adds its signed quantity, COUNT sets), the mean daily outflow
 * (sales) over the last 14 days, and the days of cover {@code stock ÷ mean outflow} — null when nothing went out,
 * which is no risk unless the stock is empty. {@code level} is the cover level raised one step when the
 * commodity's price alert is Siaga or Awas.
 */
public record StockCover(int outletId, int commodityId, LocalDate date, BigDecimal onHand, BigDecimal outflow14,
                         double meanDailyOutflow, Double daysOfCover, AlertLevel coverLevel, AlertLevel priceLevel,
                         AlertLevel level) {

    public static final int OUTFLOW_DAYS = 14;

    public boolean empty() {
        return onHand.signum() <= 0;
    }

    public boolean raised() {
        return level != coverLevel;
    }

    /**
     * @param movements one outlet's movements of one commodity (any order; those after {@code day} are ignored)
     * @param priceLevel the commodity's price alert level that day (NORMAL when none)
     */
    public static StockCover of(int outletId, int commodityId, LocalDate day, Collection<StockMovement> movements,
                                AlertThresholds thresholds, AlertLevel priceLevel) {
        // Reversed movements and their reversals count for nothing (StockMovement#inForce).
        List<StockMovement> ordered = StockMovement.inForce(movements).stream().filter(m -> !m.date().isAfter(day))
                .sorted(Comparator.comparing(StockMovement::date)
                        .thenComparing(StockMovement::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StockMovement::id))
                .toList();
        BigDecimal stock = BigDecimal.ZERO;
        BigDecimal outflow = BigDecimal.ZERO;
        LocalDate windowStart = day.minusDays(OUTFLOW_DAYS - 1);
        for (StockMovement m : ordered) {
            switch (m.kind()) {
                case RECEIPT -> stock = stock.add(m.quantity());
                case SALE -> {
                    stock = stock.subtract(m.quantity());
                    if (!m.date().isBefore(windowStart)) {
                        outflow = outflow.add(m.quantity());
                    }
                }
                case ADJUSTMENT -> stock = stock.add(m.quantity());
                case COUNT -> stock = m.quantity();
            }
        }
        double mean = outflow.divide(BigDecimal.valueOf(OUTFLOW_DAYS), MathContext.DECIMAL64).doubleValue();
        Double cover = mean > 0 ? Math.max(stock.doubleValue(), 0) / mean : null;
        AlertLevel coverLevel;
        if (stock.signum() <= 0) {
            coverLevel = AlertLevel.AWAS;
        } else {
            coverLevel = cover == null ? AlertLevel.NORMAL : thresholds.coverLevel(cover);
        }
        AlertLevel price = priceLevel == null ? AlertLevel.NORMAL : priceLevel;
        AlertLevel level = price.atLeast(AlertLevel.SIAGA) ? coverLevel.raised() : coverLevel;
        return new StockCover(outletId, commodityId, day, stock, outflow, mean, cover, coverLevel, price, level);
    }
}
