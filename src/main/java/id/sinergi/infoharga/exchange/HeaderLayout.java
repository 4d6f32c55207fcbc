package id.sinergi.infoharga.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each column sits in a file, found from its header row by name (case and surrounding spaces ignored). A
 * header that names one column twice is refused: which of the two holds the prices would be a guess.
 */
final class HeaderLayout {
    private final Map<PriceColumn, Integer> index;
    private final int width;

    private HeaderLayout(Map<PriceColumn, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * @param overrides header names chosen with {@code --columns}; a column not named there is looked up by its
     *                  default names
     * @param marketRequired false when the market is fixed by {@code --market}
     */
    static HeaderLayout of(List<String> header, Map<PriceColumn, String> overrides, boolean marketRequired) {
        Map<PriceColumn, Integer> index = new EnumMap<>(PriceColumn.class);
        for (PriceColumn column : PriceColumn.values()) {
            List<Integer> found;
            if (overrides.containsKey(column)) {
                found = positions(header, List.of(overrides.get(column)));
            } else {
                found = positions(header, column.defaultHeaders());
                if (found.isEmpty()) {
                    found = positions(header, column.fallbackHeaders());
                }
            }
            if (found.size() > 1) {
                throw new PriceFileException("import.file.duplicateColumn", column.key(),
                        found.stream().map(i -> "\"" + header.get(i).strip() + "\"").collect(Collectors.joining(", ")),
                        found.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")));
            }
            if (!found.isEmpty()) {
                index.put(column, found.get(0));
            }
        }
        for (PriceColumn a : index.keySet()) {
            for (PriceColumn b : index.keySet()) {
                if (a.ordinal() < b.ordinal() && index.get(a).equals(index.get(b))) {
                    throw new PriceFileException("import.file.sameColumn", header.get(index.get(a)).strip(), a.key(),
                            b.key());
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
        return new HeaderLayout(index, header.size());
    }

    private static List<Integer> positions(List<String> header, List<String> names) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = normal(header.get(i));
            if (names.stream().anyMatch(name -> h.equals(normal(name)))) {
                found.add(i);
            }
        }
        return found;
    }

    private static String normal(String text) {
        return text == null ? "" : text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** How many fields the header has: every data row of a CSV file must have as many. */
    int width() {
        return width;
    }

    /** Whether the cell at {@code column} (0-based) is read: a column the import uses. */
    boolean uses(int column) {
        return index.containsValue(column);
    }

    /** The row's text in one column; "" when the row is shorter, null when the file has no such column. */
    String value(List<String> row, PriceColumn column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        return i < row.size() && row.get(i) != null ? FormulaGuard.restore(row.get(i).strip()) : "";
    }

    RawPriceRow row(int line, List<String> cells, RowDefect defect) {
        return new RawPriceRow(line, value(cells, PriceColumn.DATE), value(cells, PriceColumn.MARKET),
                value(cells, PriceColumn.COMMODITY), value(cells, PriceColumn.PRICE), value(cells, PriceColumn.UNIT),
                defect);
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
