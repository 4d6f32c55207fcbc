package id.sinergi.infoharga.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a price file (.csv or .xlsx) into raw text rows with their line numbers, one at a time. It judges only
 * the file's shape (format, encoding, header, each row's fields); the rows' content is checked by the import use
 * case.
 */
public final class PriceFileReader {
    private final Map<PriceColumn, String> headerOverrides;
    private final boolean marketColumnRequired;
    private final XlsxPriceReader xlsx;
    private String sheetName;
    private int sheetCount;

    /**
     * @param headerOverrides      header names from {@code --columns}, by column
     * @param marketColumnRequired false when {@code --market} fixes the market
     */
    public PriceFileReader(Map<PriceColumn, String> headerOverrides, boolean marketColumnRequired) {
        this(headerOverrides, marketColumnRequired, new XlsxPriceReader());
    }

    /** With an .xlsx reader of other limits (tests). */
    PriceFileReader(Map<PriceColumn, String> headerOverrides, boolean marketColumnRequired, XlsxPriceReader xlsx) {
        this.headerOverrides = headerOverrides.isEmpty() ? Map.of() : new EnumMap<>(headerOverrides);
        this.marketColumnRequired = marketColumnRequired;
        this.xlsx = xlsx;
    }

    public void read(Path file, Consumer<RawPriceRow> sink) {
        if (!Files.isRegularFile(file)) {
            throw new PriceFileException("import.file.notFound", file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            xlsx.read(file, headerOverrides, marketColumnRequired, sink);
            sheetName = xlsx.sheetName();
            sheetCount = xlsx.sheetCount();
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            new CsvPriceReader().read(file, headerOverrides, marketColumnRequired, sink);
        } else {
            throw new PriceFileException("import.file.unsupported", file.getFileName());
        }
    }

    /** The sheet read from an .xlsx file (the first visible one), or null for a CSV file. */
    public String sheetName() {
        return sheetName;
    }

    /** How many sheets the .xlsx file has, hidden ones included; 0 for a CSV file. */
    public int sheetCount() {
        return sheetCount;
    }
}
