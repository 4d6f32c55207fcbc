package id.sinergi.infoharga.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The market price from trader quotes (DESIGN §4): median; with two quotes their mean; half up to whole Rupiah. */
public final class Quotes {
    private Quotes() {
    }

    public static long marketPrice(List<Long> quotes) {
        if (quotes == null || quotes.isEmpty()) {
            throw new IllegalArgumentException("no quotes");
        }
        List<Long> sorted = quotes.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        BigDecimal sum = BigDecimal.valueOf(sorted.get(n / 2 - 1)).add(BigDecimal.valueOf(sorted.get(n / 2)));
        return sum.divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
