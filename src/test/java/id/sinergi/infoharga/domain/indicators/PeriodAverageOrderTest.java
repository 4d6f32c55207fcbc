package id.sinergi.infoharga.domain.indicators;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regency average is the mean of the market averages summed in market order, whatever order they came in: the
 * same report made twice (two processes) gives the same digits.
 */
class PeriodAverageOrderTest {
    @Test
    void regencyMeanSumsTheMarketsInMarketOrder() {
        Random random = new Random(9);
        Map<Integer, Double> averages = new HashMap<>();
        for (int market = 1; market <= 60; market++) {
            averages.put(market * 37 % 101, 10_000 + random.nextDouble() * 5_000 / 3);
        }
        double sum = 0;
        for (int market = 0; market <= 101; market++) {
            Double a = averages.get(market);
            if (a != null) {
                sum += a;
            }
        }
        double inMarketOrder = sum / averages.size();
        PeriodAverage average = new PeriodAverage(1, averages);
        assertThat(new java.util.ArrayList<>(average.marketAverages().keySet())).isSorted();
        assertThat(Double.doubleToLongBits(average.regency())).isEqualTo(Double.doubleToLongBits(inMarketOrder));
    }
}
