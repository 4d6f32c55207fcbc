package id.sinergi.infoharga.ui.entry;

import id.sinergi.infoharga.domain.MarketDayEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketDayEntryBuilderTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @Test
    void buildsTheLinesInOrderAndALaterPriceReplacesAnEarlierOne() {
        MarketDayEntry entry = MarketDayEntryBuilder.forMarketDay(3, DAY)
                .price(7, 12_500, List.of(), null)
                .price(9, 40_000, List.of(39_000L, 41_000L), "  cuaca: hujan ")
                .price(7, 12_000, List.of(), " ")
                .build();
        assertThat(entry.marketId()).isEqualTo(3);
        assertThat(entry.day()).isEqualTo(DAY);
        assertThat(entry.lines()).containsExactly(
                new MarketDayEntry.Line(7, 12_000, List.of(), null),
                new MarketDayEntry.Line(9, 40_000, List.of(39_000L, 41_000L), "cuaca: hujan"));
    }

    @Test
    void eachStepIsANewBuilderSoAnEarlierOneIsUnchanged() {
        MarketDayEntryBuilder empty = MarketDayEntryBuilder.forMarketDay(1, DAY);
        MarketDayEntryBuilder one = empty.price(5, 1_000, List.of(), null);
        assertThat(empty.size()).isZero();
        assertThat(empty.build().lines()).isEmpty();
        assertThat(one.size()).isEqualTo(1);
    }

    @Test
    void refusesWhatTheRequestCannotHold() {
        assertThatThrownBy(() -> MarketDayEntryBuilder.forMarketDay(1, null)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> MarketDayEntryBuilder.forMarketDay(1, DAY).price(5, 0, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarketDayEntryBuilder.forMarketDay(1, DAY)
                .price(5, 10, List.of(1L, 2L, 3L, 4L), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
