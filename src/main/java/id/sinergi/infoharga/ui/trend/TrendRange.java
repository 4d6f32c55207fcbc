package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.domain.indicators.DateRange;

import java.time.LocalDate;

/** The ranges a trend can show, ending on a given day; ALL reaches back to the first stored price. */
public enum TrendRange {
    MONTH_1("trend.range.month1"), MONTH_3("trend.range.month3"), YEAR_1("trend.range.year1"),
    YEAR_5("trend.range.year5"), ALL("trend.range.all");

    private final String labelKey;

    TrendRange(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /**
     * The days shown when the chart ends on {@code end}. Five years start no earlier than {@code firstStored} (with
     * two years of data, three empty years squeezed the data into the right two fifths); ALL starts there.
     */
    public DateRange ending(LocalDate end, LocalDate firstStored) {
        LocalDate from = switch (this) {
            case MONTH_1 -> end.minusMonths(1);
            case MONTH_3 -> end.minusMonths(3);
            case YEAR_1 -> end.minusYears(1);
            case YEAR_5 -> firstStored != null && firstStored.isAfter(end.minusYears(5)) && !firstStored.isAfter(end)
                    ? firstStored : end.minusYears(5);
            case ALL -> firstStored == null || firstStored.isAfter(end) ? end : firstStored;
        };
        return new DateRange(from, end);
    }
}
