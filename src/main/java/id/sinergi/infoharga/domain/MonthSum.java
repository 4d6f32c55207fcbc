package id.sinergi.infoharga.domain;

import java.time.YearMonth;

/** Sum and count of a market's daily prices of one commodity in one calendar month. */
public record MonthSum(int marketId, int commodityId, YearMonth month, long sumRp, int dayCount) {
    public double average() {
        return (double) sumRp / dayCount;
    }
}
