package id.sinergi.infoharga.domain;

import java.time.LocalDate;
import java.util.List;

/** What an officer saves at once: the prices of one market on one day. */
public record MarketDayEntry(int marketId, LocalDate day, List<Line> lines) {
    public MarketDayEntry {
        lines = List.copyOf(lines);
        if (lines.stream().map(Line::commodityId).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("a commodity appears twice in one market-day");
        }
    }

    /** One commodity's price, the trader quotes it came from (may be empty) and the reason for a large change. */
    public record Line(int commodityId, long priceRp, List<Long> quotes, String reason) {
        public Line {
            if (priceRp <= 0) {
                throw new IllegalArgumentException("price must be positive");
            }
            quotes = quotes == null ? List.of() : List.copyOf(quotes);
            if (quotes.size() > 3) {
                throw new IllegalArgumentException("at most three trader quotes");
            }
        }
    }
}
