package id.sinergi.infoharga.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a price file (.csv or .xlsx) into raw text rows with their line numbers, one at a time. It judges only
 * the file's shape (format, encoding, header); the rows' content is checked by the import use case.
 */
public final class PriceFileReader {
    private final Map<PriceColumn, String> headerOverrides;
    private final boolean marketColumnRequired;

    /**
     * @param headerOverrides      header names from {@code --columns}, by column
     * @param marketColumnRequired false when {@code --market} fixes the market
     */
    public PriceFileReader(Map<PriceColumn, String> headerOverrides, boolean marketColumnRequired) {
        this.headerOverrides = headerOverrides.isEmpty() ? Map.of() : new EnumMap<>(headerOverrides);
        this.marketColumnRequired = marketColumnRequired;
    }

    public void read(Path file, Consumer<RawPriceRow> sink) {
        if (!Files.isRegularFile(file)) {
            throw new PriceFileException("import.file.notFound", file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            new XlsxPriceReader().read(file, headerOverrides, marketColumnRequired, sink);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            new CsvPriceReader().read(file, headerOverrides, marketColumnRequired, sink);
        } else {
            throw new PriceFileException("import.file.unsupported", file.getFileName());
        }
    }
}
