package id.sinergi.infoharga.domain;

/**
 * How a stock movement changes an outlet's stock. RECEIPT adds, SALE takes away, ADJUSTMENT adds its signed
 * quantity, COUNT sets the stock on hand to the counted quantity.
 */
public enum MovementKind { RECEIPT, SALE, ADJUSTMENT, COUNT }
