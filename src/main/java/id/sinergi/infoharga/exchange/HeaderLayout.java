package id.sinergi.infoharga.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each column sits in a file, found from its header row by name (case and surrounding spaces ignored). */
final class HeaderLayout {
    private final Map<PriceColumn, Integer> index;

    private HeaderLayout(Map<PriceColumn, Integer> index) {
        this.index = index;
    }

    /**
     * @param overrides header names chosen with {@code --columns}; a column not named there is looked up by its
     *                  default names
     * @param marketRequired false when the market is fixed by {@code --market}
     */
    static HeaderLayout of(List<String> header, Map<PriceColumn, String> overrides, boolean marketRequired) {
        Map<PriceColumn, Integer> index = new EnumMap<>(PriceColumn.class);
        for (PriceColumn column : PriceColumn.values()) {
            List<String> names = overrides.containsKey(column) ? List.of(overrides.get(column))
                    : column.defaultHeaders();
            for (int i = 0; i < header.size() && !index.containsKey(column); i++) {
                String h = normal(header.get(i));
                for (String name : names) {
                    if (h.equals(normal(name))) {
                        index.put(column, i);
                    }
                }
            }
        }
        for (PriceColumn column : PriceColumn.values()) {
            boolean required = column == PriceColumn.DATE || column == PriceColumn.COMMODITY
                    || column == PriceColumn.PRICE || (column == PriceColumn.MARKET && marketRequired);
            if (required && !index.containsKey(column)) {
                String wanted = overrides.containsKey(column) ? overrides.get(column)
                        : String.join(" / ", column.defaultHeaders());
                throw new PriceFileException("import.file.missingColumn", wanted, String.join(", ", header));
            }
        }
        return new HeaderLayout(index);
    }

    private static String normal(String text) {
        return text == null ? "" : text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    boolean has(PriceColumn column) {
        return index.containsKey(column);
    }

    /** The row's text in one column; "" when the row is shorter, null when the file has no such column. */
    String value(List<String> row, PriceColumn column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        return i < row.size() && row.get(i) != null ? FormulaGuard.restore(row.get(i).strip()) : "";
    }

    RawPriceRow row(int line, List<String> cells) {
        return new RawPriceRow(line, value(cells, PriceColumn.DATE), value(cells, PriceColumn.MARKET),
                value(cells, PriceColumn.COMMODITY), value(cells, PriceColumn.PRICE), value(cells, PriceColumn.UNIT));
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
