package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.entry.ImportedPriceCheck;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing one file would do, worked out from the file and the stored prices before anything is written: the
 * rows to store, the problems that refuse the file, the unusual prices, the markets and commodities to create, and
 * the names that matched the catalogue only after normalising. A plain value: tests read it without a database, and
 * {@link ImportApplier} writes it.
 *
 * @param missing       rows with an empty or zero price (missing reports: counted, never stored)
 * @param problemCount  all problems; {@code problems} lists the first {@link ImportService#MAX_LISTED_PROBLEMS}
 * @param unusualCount  all unusual prices; {@code unusual} lists the first ones, and {@link PlannedRows#unusual}
 *                      marks every one of them
 */
public record ImportPlan(Source source, PlannedRows rows, int missing, List<NewMarket> newMarkets,
                         List<NewCommodity> newCommodities, List<NameMatch> normalisedNames,
                         List<RowProblem> problems, int problemCount, List<UnusualPrice> unusual, int unusualCount) {

    public ImportPlan {
        newMarkets = List.copyOf(newMarkets);
        newCommodities = List.copyOf(newCommodities);
        normalisedNames = List.copyOf(normalisedNames);
        problems = List.copyOf(problems);
        unusual = List.copyOf(unusual);
    }

    /**
     * The file and what makes this import "the same" as an earlier one: the content's SHA-256 together with the
     * options that change what the rows mean ({@code --market}, {@code --columns}, {@code --date-format}).
     *
     * @param importKey  the file's SHA-256 when no such option was given, else the SHA-256 of it with the options
     * @param options    those options as text, e.g. {@code --market KOTA-CONTOH}; "" when none
     * @param sheetName  the sheet read from an .xlsx file, null for CSV
     * @param sheetCount the sheets of the .xlsx file, hidden ones included; 0 for CSV
     */
    public record Source(String fileName, String sha256, String importKey, String options, String sheetName,
                         int sheetCount) {
    }

    /** A market to create, with the code it will get. */
    public record NewMarket(String code, String name, int firstLine) {
    }

    /** A commodity to create, with the code it will get and its unit as read ("kg" for "Rp./Kg"). */
    public record NewCommodity(String code, String name, String unit, int firstLine) {
    }

    public enum NameKind { MARKET, COMMODITY }

    /**
     * A name in the file that found its catalogue entry only after ignoring case, spaces and punctuation
     * ("Tepung Terigu (Curah)" for Tepung Terigu Curah): listed so that the user can check the match.
     */
    public record NameMatch(NameKind kind, String text, String code, String name, int rows) {
    }

    /** A problem with a line of the file: a message key and its arguments. */
    public record RowProblem(int line, String key, List<Object> args) {
        public RowProblem {
            args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }
    }

    /**
     * A price the entry screen's checks would have stopped.
     *
     * @param anchorDay     the day of the last price it was held against ({@link ImportedPriceCheck.Kind#SLIP_FROM_LAST},
     *                      {@link ImportedPriceCheck.Kind#FAR_FROM_LAST}), else null
     * @param anchorMarkets how many other markets the median was taken over, else 0
     * @param referenceKind "HET" or "HAP" for {@link ImportedPriceCheck.Kind#FAR_FROM_REFERENCE}, else null
     */
    public record UnusualPrice(int line, String market, String commodity, LocalDate day,
                               ImportedPriceCheck.Finding finding, LocalDate anchorDay, int anchorMarkets,
                               String referenceKind) {
    }

    /** Whether the file may be stored as it is (no problems, no unusual prices). */
    public boolean clean() {
        return problemCount == 0 && unusualCount == 0;
    }
}
