package id.sinergi.infoharga.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a price file, with the header names recognised by default (English and Indonesian). */
public enum PriceColumn {
    DATE("date", "tanggal"),
    MARKET("market", "pasar"),
    COMMODITY("commodity", "komoditas"),
    PRICE("price", "harga"),
    UNIT("unit", "satuan");

    private final List<String> defaultHeaders;

    PriceColumn(String... defaultHeaders) {
        this.defaultHeaders = List.of(defaultHeaders);
    }

    /** The key used in {@code --columns date=...,price=...}: the English default header. */
    public String key() {
        return defaultHeaders.get(0);
    }

    public List<String> defaultHeaders() {
        return defaultHeaders;
    }

    /**
     * Header names taken only when none of {@link #defaultHeaders()} is present: published price files call the
     * date "Timestamp", while a form export may have both a "Timestamp" (when it was sent) and a "Tanggal".
     */
    public List<String> fallbackHeaders() {
        return this == DATE ? List.of("timestamp") : List.of();
    }

    public static Optional<PriceColumn> byKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (PriceColumn c : values()) {
            if (c.key().equals(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
