package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.exchange.ExportRow;
import id.sinergi.infoharga.exchange.PriceFileException;
import id.sinergi.infoharga.exchange.PriceFileWriter;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Exports stored prices to .csv or .xlsx with market and commodity codes, so that importing the file into another
 * folder gives exactly the same rows. Reads one month at a time to keep memory flat on ten years of data.
 */
public final class ExportService {
    private final Store store;
    private final Messages messages;
    private final OutputTarget outputs;

    public ExportService(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.outputs = new OutputTarget(store.folder(), messages);
    }

    public record ExportResult(Path file, long rows) {
    }

    public ExportResult exportPrices(LocalDate from, LocalDate to, String market, Path out) {
        return exportPrices(from, to, market, out, false);
    }

    /**
     * Writes through the {@link OutputTarget}: never into the data folder, an existing file only when
     * {@code replace}, whole or not at all.
     *
     * @param market code or name of one market, or null for all
     */
    public ExportResult exportPrices(LocalDate from, LocalDate to, String market, Path out, boolean replace) {
        if (to.isBefore(from)) {
            throw new UserInputException(messages.get("export.badPeriod", from, to));
        }
        Catalog catalog = new ReferenceDataService(store).catalog();
        Integer marketId = null;
        if (market != null) {
            marketId = catalog.findMarket(market).map(Market::id).orElseThrow(() ->
                    new UserInputException(messages.get("import.unknownMarketOption", market)));
        }
        if (!PriceFileWriter.supports(out)) {
            throw new UserInputException(messages.get("export.file.unsupported", out.getFileName()));
        }
        outputs.check(out, replace);
        long[] rows = {0};
        Integer only = marketId;
        Path written;
        try {
            written = outputs.write(out, replace, stream -> {
                try (PriceFileWriter writer = PriceFileWriter.open(out, stream)) {
                    for (LocalDate start = from; !start.isAfter(to);
                         start = start.withDayOfMonth(1).plusMonths(1)) {
                        LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
                        LocalDate a = start;
                        LocalDate b = end.isAfter(to) ? to : end;
                        List<PricePoint> points = store.read(tx -> tx.prices().between(a, b));
                        List<PricePoint> sorted = points.stream()
                                .filter(p -> only == null || p.marketId() == only)
                                .sorted(Comparator.comparing(PricePoint::date)
                                        .thenComparingInt(PricePoint::marketId)
                                        .thenComparingInt(p -> catalog.commodity(p.commodityId()).sortOrder())
                                        .thenComparingInt(PricePoint::commodityId))
                                .toList();
                        for (PricePoint p : sorted) {
                            Commodity c = catalog.commodity(p.commodityId());
                            writer.write(new ExportRow(p.date(), catalog.market(p.marketId()).code(), c.code(),
                                    c.unit(), p.priceRp()));
                            rows[0]++;
                        }
                    }
                    writer.finish();
                }
            });
        } catch (PriceFileException e) {
            throw new UserInputException(messages.get(e.messageKey(), e.args()));
        }
        return new ExportResult(written, rows[0]);
    }
}
