package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.MovementKind;

import java.math.BigDecimal;
import java.util.Random;

/**
 * A stock movement as the stock tests draw them: mostly sales (half with a sale price), some receipts and
 * adjustments, and counts only for a commodity that is {@code counted}.
 */
record RandomMovement(MovementKind kind, BigDecimal quantity, Long price) {
    static RandomMovement draw(Random random, boolean counted) {
        MovementKind kind = switch (random.nextInt(counted ? 12 : 10)) {
            case 0, 1 -> MovementKind.RECEIPT;
            case 2 -> MovementKind.ADJUSTMENT;
            case 10, 11 -> MovementKind.COUNT;
            default -> MovementKind.SALE;
        };
        BigDecimal quantity = switch (kind) {
            case RECEIPT -> BigDecimal.valueOf(50 + random.nextInt(200));
            case ADJUSTMENT -> BigDecimal.valueOf(random.nextInt(21) - 10, 1);
            case COUNT -> BigDecimal.valueOf(random.nextInt(3000), 1);
            case SALE -> BigDecimal.valueOf(1 + random.nextInt(400), 1);
        };
        Long price = kind == MovementKind.SALE && random.nextBoolean() ? 10_000L + 50L * random.nextInt(100) : null;
        return new RandomMovement(kind, quantity, price);
    }
}
