package id.sinergi.infoharga.exchange;

/**
 * One data row of a price file as text, with the line (CSV: where the row starts, counting the lines inside quoted
 * cells) or row number (XLSX) people see in their editor. {@code market} and {@code unit} are null when the file has
 * no such column. {@code defect} says why the row's shape cannot be trusted (more or fewer fields than the header, a
 * formula without a stored value), or is null; the values of a defective row are not to be used.
 */
public record RawPriceRow(int line, String date, String market, String commodity, String price, String unit,
                          RowDefect defect) {
    public RawPriceRow(int line, String date, String market, String commodity, String price, String unit) {
        this(line, date, market, commodity, price, unit, null);
    }
}
