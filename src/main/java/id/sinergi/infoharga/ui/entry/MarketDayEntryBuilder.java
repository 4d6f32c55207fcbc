package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.domain.MarketDayEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the immutable save request of one market-day from the rows of the form. Each call returns a new builder,
 * so a half-built request can never be changed behind the form's back.
 */
public final class MarketDayEntryBuilder {
    private final int marketId;
    private final LocalDate day;
    private final Map<Integer, MarketDayEntry.Line> lines;

    private MarketDayEntryBuilder(int marketId, LocalDate day, Map<Integer, MarketDayEntry.Line> lines) {
        this.marketId = marketId;
        this.day = day;
        this.lines = lines;
    }

    public static MarketDayEntryBuilder forMarketDay(int marketId, LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("a market-day needs a day");
        }
        return new MarketDayEntryBuilder(marketId, day, new LinkedHashMap<>());
    }

    /**
     * The price of one commodity, replacing any price given for it before.
     *
     * @param quotes the 1–3 trader quotes the price came from, or an empty list
     * @param reason why the price moved a lot, or null
     */
    public MarketDayEntryBuilder price(int commodityId, long priceRp, List<Long> quotes, String reason) {
        Map<Integer, MarketDayEntry.Line> next = new LinkedHashMap<>(lines);
        next.put(commodityId, new MarketDayEntry.Line(commodityId, priceRp, quotes,
                reason == null || reason.isBlank() ? null : reason.strip()));
        return new MarketDayEntryBuilder(marketId, day, next);
    }

    public int size() {
        return lines.size();
    }

    public MarketDayEntry build() {
        return new MarketDayEntry(marketId, day, new ArrayList<>(lines.values()));
    }
}
