package id.sinergi.infoharga.domain;

import java.time.LocalDate;

/**
 * Sum and count of a market's daily prices of one commodity in one ISO week (Monday to Sunday), kept beside the
 * prices so that the weekly figures need not read every day of every past week.
 */
public record WeekSum(int marketId, int commodityId, LocalDate monday, long sumRp, int dayCount) {
}
