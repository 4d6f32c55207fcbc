package id.sinergi.infoharga.domain;

import java.time.YearMonth;

/**
 * One commodity's regency average of a calendar month: the mean of the markets' monthly averages, added in market
 * order (the ALPS input), over {@code markets} markets.
 */
public record RegencyMonth(int commodityId, YearMonth month, double mean, int markets) {
}
