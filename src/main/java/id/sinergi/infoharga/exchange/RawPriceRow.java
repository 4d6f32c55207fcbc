package id.sinergi.infoharga.exchange;

/**
 * One data row of a price file as text, with the line (CSV) or row number (XLSX) people see in their editor.
 * {@code market} and {@code unit} are null when the file has no such column.
 */
public record RawPriceRow(int line, String date, String market, String commodity, String price, String unit) {
}
