package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.domain.MovementKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stock codec carries a reversal's reversed movement, and older values encode exactly as before. */
class StockCodecTest {
    private final StockCodec codec = new StockCodec();

    @Test
    void aMovementWithoutReversalEncodesAsItAlwaysDid() {
        var v = new StockCodec.Value("WLD-A", "BERAS-MEDIUM", LocalDate.of(2026, 12, 3), MovementKind.SALE,
                new BigDecimal("12.50"), 11_000L, null);
        assertThat(codec.encode(v))
                .isEqualTo("{\"o\":\"WLD-A\",\"c\":\"BERAS-MEDIUM\",\"d\":\"2026-12-03\",\"k\":\"SALE\",\"q\":\"12.5\","
                        + "\"p\":11000}");
        assertThat(codec.decode(codec.encode(v))).isEqualTo(v);
    }

    @Test
    void aReversalCarriesTheMovementItTakesBack() {
        UUID reversed = UUID.fromString("0f0e0d0c-0b0a-4908-8706-050403020100");
        var v = new StockCodec.Value("WLD-A", "BERAS-MEDIUM", LocalDate.of(2026, 12, 3), MovementKind.ADJUSTMENT,
                BigDecimal.ZERO, null, null, reversed);
        String json = codec.encode(v);
        assertThat(json).endsWith(",\"r\":\"0f0e0d0c-0b0a-4908-8706-050403020100\"}");
        StockCodec.Value back = codec.decode(json);
        assertThat(back.reverses()).isEqualTo(reversed);
        assertThat(back).isEqualTo(v).isNotEqualTo(new StockCodec.Value("WLD-A", "BERAS-MEDIUM",
                LocalDate.of(2026, 12, 3), MovementKind.ADJUSTMENT, BigDecimal.ZERO, null, null));
    }

    @Test
    void aReversalThatMovesStockIsRefused() {
        assertThatThrownBy(() -> new StockCodec.Value("WLD-A", "BERAS-MEDIUM", LocalDate.of(2026, 12, 3),
                MovementKind.SALE, BigDecimal.ONE, 1000L, null, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
