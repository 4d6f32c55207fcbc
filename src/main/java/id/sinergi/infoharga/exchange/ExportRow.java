package id.sinergi.infoharga.exchange;

import java.time.LocalDate;

/** One line of a price export: codes rather than names, so that importing it back finds exactly the same rows. */
public record ExportRow(LocalDate date, String marketCode, String commodityCode, String unit, long priceRp) {
}
